package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.SupportDocument;

import java.time.LocalDateTime;

/** A document attached to a support, without its bytes. */
public record SupportDocumentView(Long id, Long supportId, String fileName, String mediaType, long size, String sha256,
                                  String uploadedBy, LocalDateTime uploadedAt) implements Serializable {

    static SupportDocumentView of(SupportDocument d) {
        return new SupportDocumentView(d.getId(), d.getSupport().getId(), d.getUpload().getFileName(),
                d.getUpload().getMediaType(), d.getUpload().getSize(), d.getUpload().getSha256(), d.getUploadedBy(), d.getUploadedAt());
    }
}
