package vn.ocop.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.BodyView;
import vn.ocop.geography.boundary.IssuingBodies;

/**
 * The body the server runs for, as the title, header, footer and login page name it: the words come from the bundle
 * ("Ủy ban nhân dân …", "People's Committee of …"), the proper name from the data, in the language of the session.
 */
@Named
@RequestScoped
public class PortalBody {

    @Inject
    IssuingBodies bodies;

    @Inject
    UserSession session;

    private BodyView body;

    private String name() {
        if (body == null) {
            body = bodies.deployed();
        }
        return body.name(session.getLocale());
    }

    /** E.g. "Cổng OCOP thành phố Hà Nội". */
    public String getAppName() {
        return Texts.get(session.getLocale(), "general.appName", name());
    }

    /** E.g. "Hệ thống nội bộ của Ủy ban nhân dân thành phố Hà Nội". */
    public String getIntranet() {
        return Texts.get(session.getLocale(), "login.intranet", name());
    }

    /** E.g. "Chương trình mỗi xã một sản phẩm · Ủy ban nhân dân thành phố Hà Nội". */
    public String getFooter() {
        return Texts.get(session.getLocale(), "general.footer", name());
    }
}
