package vn.ocop.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;

/** The producer page's managers: one added by the manager dialog, one removed. */
@Named
@ViewScoped
public class ProducerManagersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Producers registrations;

    @Inject
    ProducerBacking producer;

    private String name;
    private String position;
    private String phone;
    private String email;

    public void start() {
        name = null;
        position = null;
        phone = null;
        email = null;
    }

    public void add() {
        producer.show(registrations.addManager(producer.getId(), producer.getDetails().summary().version(), name, position, phone, email));
        Texts.info("general.saved");
        PrimeFaces.current().executeScript("PF('managerDialog').hide()");
    }

    public void remove(long managerId) {
        producer.show(registrations.removeManager(producer.getId(), producer.getDetails().summary().version(), managerId));
        Texts.info("general.saved");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
