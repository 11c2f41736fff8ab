package vn.ocop.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.BodyView;
import vn.ocop.geography.boundary.IssuingBodies;

import java.util.Locale;

/**
 * The body the server runs for, as the title, header, footer and login page name it: the words come from the bundle
 * ("Ủy ban nhân dân …", "People's Committee of …"), the proper name from the data, in the language of the page (public pages keep no session).
 */
@Named
@RequestScoped
public class PortalBody {

    @Inject
    IssuingBodies bodies;


    private BodyView body;

    /** The language of the page being rendered (a public page's own, without touching any session). */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : UserSession.VIETNAMESE;
    }

    private String name() {
        if (body == null) {
            body = bodies.deployed();
        }
        return body.name(locale());
    }

    /** E.g. "Cổng OCOP thành phố Hà Nội". */
    public String getAppName() {
        return Texts.get(locale(), "general.appName", name());
    }

    /** E.g. "Hệ thống nội bộ của Ủy ban nhân dân thành phố Hà Nội". */
    public String getIntranet() {
        return Texts.get(locale(), "login.intranet", name());
    }

    /**
     * A certificate number of the body the portal runs for, as an example to type ("OCOP-HN-2026-0001"): the first of
     * this year.
     */
    public String getExampleCertificate() {
        name();
        try {
            return vn.ocop.certification.control.Numbers.certificate(body.code(), java.time.LocalDate.now(vn.ocop.shared.control.Clocks.VIETNAM).getYear(), 1);
        } catch (IllegalArgumentException e) {
            return "OCOP-" + java.time.LocalDate.now(vn.ocop.shared.control.Clocks.VIETNAM).getYear() + "-0001";
        }
    }

    /** E.g. "Chương trình mỗi xã một sản phẩm · Ủy ban nhân dân thành phố Hà Nội". */
    public String getFooter() {
        return Texts.get(locale(), "general.footer", name());
    }
}
