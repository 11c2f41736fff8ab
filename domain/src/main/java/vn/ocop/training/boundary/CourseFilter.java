package vn.ocop.training.boundary;

import vn.ocop.training.entity.Audience;

import java.io.Serializable;

/** The courses of a year (null: all), for an audience (null: all), whose code or title has the text. */
public record CourseFilter(Integer year, Audience audience, String text) implements Serializable {

    public static CourseFilter none() {
        return new CourseFilter(null, null, null);
    }
}
