package vn.ocop.training.boundary;

import vn.ocop.training.entity.Audience;

import java.io.Serializable;

/** The plan's target of a year and audience; {@code set} is false for the default 100 %. */
public record TargetView(int year, Audience audience, int percent, boolean set) implements Serializable {
}
