package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.training.boundary.TrainingRecords;
import vn.ocop.training.boundary.PersonHistory;

import java.io.Serializable;

/** A person's training history (a producer's manager or a member of staff). */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingRecords records;

    private String key;
    private PersonHistory history;

    /** Called by the view parameter. */
    public void load() {
        if (key == null) {
            throw new BusinessException("error.notFound");
        }
        history = records.history(key);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public PersonHistory getHistory() { return history; }
}
