package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.entity.DossierDocument;
import vn.ocop.registration.entity.DossierItem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A product's dossier as the product page shows it: the checklist, its documents and photos; which of the product's
 * dossiers it is (a re-evaluation or an upgrade opens the next one), the certificate in force it starts from, and the
 * documents of the last dossier that were not carried over (to be supplied again).
 */
public record DossierView(long productId, boolean open, DossierChecklist checklist, List<Document> documents, int number,
                          String certificateInForce, List<Document> leftOut) implements Serializable {

    /**
     * One uploaded document, without its bytes: {@code validUntil} the paper's own last day, when it has one, and
     * whether that day has passed; {@code carried} whether it came with an earlier dossier of the product.
     */
    public record Document(Long id, DossierItem item, String issuer, LocalDate issuedOn, String fileName,
                           String mediaType, long size, String sha256, String uploadedBy, LocalDateTime uploadedAt,
                           LocalDate validUntil, boolean expired, boolean carried) implements Serializable {

        static Document of(DossierDocument d, LocalDate today) {
            return new Document(d.getId(), d.getItem(), d.getIssuer(), d.getIssuedOn(), d.getUpload().getFileName(),
                    d.getUpload().getMediaType(), d.getUpload().getSize(), d.getUpload().getSha256(), d.getUploadedBy(),
                    d.getUploadedAt(), d.getValidUntil(), d.expiredOn(today),
                    d.getDossierUntil() == null && d.carried());
        }

        /** Why a document of the last dossier was not carried over: renewed at every registration, expired, or removed. */
        public String leftBecause() {
            return item.renewedEachRegistration() ? "RENEWED" : expired ? "EXPIRED" : "REMOVED";
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

    /** The documents carried over from the product's earlier dossier. */
    public List<Document> carried() {
        return documents.stream().filter(Document::carried).toList();
    }
}
