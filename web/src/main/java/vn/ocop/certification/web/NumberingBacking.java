package vn.ocop.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.BodyRegister;
import vn.ocop.certification.boundary.DecisionNumbering;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.Serializable;
import java.util.List;

/**
 * The administrator's settings of how each issuing body numbers its decisions (its register's numbers typed at issue,
 * or the portal's counter), with this year's last number; a change is confirmed with its consequence and audited.
 */
@Named
@ViewScoped
public class NumberingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionNumbering numbering;

    @Inject
    UserSession session;

    private List<BodyRegister> bodies;

    @PostConstruct
    void init() {
        bodies = numbering.registers();
    }

    /** Switches the body to the other mode. */
    public void change(BodyRegister body) {
        Numbering next = other(body);
        numbering.numberBy(body.code(), next);
        bodies = numbering.registers();
        Texts.info("admin_numbering.changed", name(body), Texts.get("issuing_body.numbering." + next));
    }

    /** What the change means, for the confirmation. */
    public String consequence(BodyRegister body) {
        return Texts.get("admin_numbering.consequence." + other(body),
                "en".equals(session.getLanguage()) ? body.nameEn() : body.nameVi(), String.valueOf(body.year()));
    }

    /** The body's name as a heading: "Thành phố Hà Nội", "Xã Đan Phượng" (the names are kept for use inside a sentence). */
    public String name(BodyRegister body) {
        String name = "en".equals(session.getLanguage()) ? body.nameEn() : body.nameVi();
        return name == null || name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    public Numbering other(BodyRegister body) {
        return body.numbering() == Numbering.REGISTER ? Numbering.COUNTER : Numbering.REGISTER;
    }

    public List<BodyRegister> getBodies() {
        return bodies;
    }
}
