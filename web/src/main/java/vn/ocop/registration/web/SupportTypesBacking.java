package vn.ocop.registration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.identity.entity.Role;
import vn.ocop.registration.boundary.SupportTypeForm;
import vn.ocop.registration.boundary.SupportTypeView;
import vn.ocop.registration.boundary.SupportTypes;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.util.List;

/** The types of support on the supports page: the list's filter, the support's choices and the types' own dialog. */
@Named
@ViewScoped
public class SupportTypesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportTypes supportTypes;

    @Inject
    UserSession session;

    private List<SupportTypeView> types;
    private SupportTypeForm typeForm = new SupportTypeForm();
    private boolean typeConflict;

    @PostConstruct
    void init() {
        types = supportTypes.types();
    }

    public void startType() {
        typeForm = new SupportTypeForm();
        typeConflict = false;
    }

    public void editType(SupportTypeView type) {
        typeForm = SupportTypeForm.of(type);
        typeConflict = false;
    }

    public void saveType() {
        try {
            SupportTypeView saved = supportTypes.saveType(typeForm);
            Texts.info("registration_supports.typeSaved", saved.name(session.getLanguage()));
            types = supportTypes.types();
            typeForm = new SupportTypeForm();
        } catch (ConcurrentChangeException e) {
            typeConflict = true;
            Texts.error(null, e.messageKey());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void reloadType() {
        types = supportTypes.types();
        Long id = typeForm.getId();
        types.stream().filter(t -> t.id().equals(id)).findFirst().ifPresentOrElse(this::editType, this::startType);
    }

    public void deactivateType(SupportTypeView type) {
        try {
            supportTypes.deactivate(type.id(), type.version());
            Texts.info("registration_supports.typeRetired", type.name(session.getLanguage()));
        } catch (ConcurrentChangeException e) {
            Texts.error(null, e.messageKey());
        }
        types = supportTypes.types();
    }

    public boolean isCanEditTypes() {
        return session.hasRole(Role.OFFICER.name()) || session.hasRole(Role.ADMIN.name());
    }

    public List<SupportTypeView> getTypes() { return types; }
    public SupportTypeForm getTypeForm() { return typeForm; }
    public boolean isTypeConflict() { return typeConflict; }
}
