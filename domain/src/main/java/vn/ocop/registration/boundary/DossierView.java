package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.entity.DossierDocument;
import vn.ocop.registration.entity.DossierItem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A product's dossier as the product page shows it: the checklist, its documents and photos. */
public record DossierView(long productId, boolean open, DossierChecklist checklist, List<Document> documents) implements Serializable {

    /** One uploaded document, without its bytes. */
    public record Document(Long id, DossierItem item, String issuer, LocalDate issuedOn, String fileName,
                           String mediaType, long size, String sha256, String uploadedBy, LocalDateTime uploadedAt) implements Serializable {

        static Document of(DossierDocument d) {
            return new Document(d.getId(), d.getItem(), d.getIssuer(), d.getIssuedOn(), d.getFileName(), d.getMediaType(),
                    d.getSize(), d.getSha256(), d.getUploadedBy(), d.getUploadedAt());
        }

        public boolean image() {
            return !Uploads.PDF.equals(mediaType);
        }
    }

    public List<Document> of(DossierItem item) {
        return documents.stream().filter(d -> d.item() == item).toList();
    }

    public List<Document> photos() {
        return of(DossierItem.PHOTO);
    }
}
