package vn.ocop.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.rating.boundary.PaperSheets;
import vn.ocop.rating.boundary.PaperState;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

/**
 * The paper fallback's keying page: an officer picks the member whose signed paper sheet they hold
 * and ticks what it says; a second officer does the same; the member's sheet is written when both
 * agree, otherwise the criteria that differ are shown.
 */
@Named
@ViewScoped
public class PaperBacking extends KeyedSheet {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperSheets paper;

    private Long member;
    private PaperSheets.PaperForm form;
    private PaperState state;

    /** Called by the view parameters. */
    public void load() {
        if (round == null || product == null) {
            throw new BusinessException("error.notFound");
        }
        form = paper.form(round, product);
    }

    public void enter() {
        if (member == null) {
            Texts.error("paper:member", "error.required");
            return;
        }
        state = paper.enter(round, product, member, chosen());
        if (state.accepted()) {
            Texts.info("rating_paper.accepted");
            choices.clear();
        } else if (state.differences().isEmpty()) {
            Texts.info("rating_paper.firstEntry");
        } else {
            Texts.error(null, "rating_paper.differs", state.differences().size());
        }
    }

    public PaperSheets.PaperForm getForm() {
        return form;
    }

    public PaperState getState() {
        return state;
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }
}
