package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDate;

/** The producer page's change of legal form (a household business becomes a cooperative…), kept in the producer's history. */
@Named
@ViewScoped
public class ProducerLegalFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Producers registrations;

    @Inject
    ProducerBacking producer;

    private ProducerType newType;
    private LocalDate changedOn;
    private String note;

    public void start() {
        newType = null;
        changedOn = null;
        note = null;
    }

    public void change() {
        producer.show(registrations.changeLegalForm(producer.getId(), producer.getDetails().summary().version(), newType, changedOn, note));
        Texts.info("registration_producer.legalFormChanged", Texts.get("ProducerType." + producer.getDetails().summary().type()));
        PrimeFaces.current().executeScript("PF('legalFormDialog').hide()");
    }

    public ProducerType getNewType() { return newType; }
    public void setNewType(ProducerType newType) { this.newType = newType; }
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
