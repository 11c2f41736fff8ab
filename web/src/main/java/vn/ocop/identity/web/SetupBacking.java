package vn.ocop.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.identity.boundary.FirstAdministrator;
import vn.ocop.identity.boundary.UserForm;

import java.io.IOException;
import java.io.Serializable;

/** The one-time setup page of a production server: creates the first administrator. */
@Named
@ViewScoped
public class SetupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirstAdministrator first;

    private final UserForm form = new UserForm();
    private String code;
    private String password;

    @PostConstruct
    void init() {
        form.setUsername("admin");
    }

    /** Once an administrator exists the page answers as an unknown page. */
    public void checkOpen() throws IOException {
        if (!first.isNeeded()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not Found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String create() {
        first.create(code, form, password == null ? null : password.toCharArray());
        password = null;
        return "/login.xhtml?faces-redirect=true";
    }

    public UserForm getForm() {
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
