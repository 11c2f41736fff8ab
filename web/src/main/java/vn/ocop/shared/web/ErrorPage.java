package vn.ocop.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Sets the status of an error page: a page of another role answers 404, exactly like an unknown one. */
@Named
@RequestScoped
public class ErrorPage {

    public void status(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
