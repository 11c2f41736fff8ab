package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.ocop.registration.boundary.FileContent;
import vn.ocop.registration.boundary.SupportDocumentView;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.shared.web.Texts;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/** The documents of the support open in the supports page's dialog: attached, detached, downloaded. */
@Named
@ViewScoped
public class SupportDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supports supports;

    @Inject
    SupportFormBacking support;

    public void upload(FileUploadEvent event) {
        SupportDocumentView document = supports.attach(support.getEditingId(), event.getFile().getFileName(),
                event.getFile().getContent());
        support.showDocuments(supports.documents(support.getEditingId()));
        Texts.info("registration_supports.attached", document.fileName());
    }

    public void detach(SupportDocumentView document) {
        supports.detach(document.id());
        support.showDocuments(supports.documents(support.getEditingId()));
        Texts.info("registration_supports.detached", document.fileName());
    }

    public StreamedContent download(SupportDocumentView document) {
        FileContent file = supports.document(document.id());
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .contentLength((long) file.bytes().length).stream(() -> new ByteArrayInputStream(file.bytes())).build();
    }
}
