package vn.ocop.rating.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.RoundView;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.shared.control.Clocks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The evaluation rounds, the latest first (a council member's own rounds only), and a new round. */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rounds rounds;

    private List<RoundView> list;
    private RoundForm form = new RoundForm();

    @PostConstruct
    void init() {
        list = rounds.rounds();
    }

    public void startCreate() {
        form = new RoundForm();
        form.setLevel(EvaluationLevel.DISTRICT);
        form.setYear(LocalDate.now(Clocks.VIETNAM).getYear());
    }

    /** Creates the round and opens its page. */
    public String create() {
        RoundView created = rounds.create(form);
        return "/rating/round?faces-redirect=true&id=" + created.id();
    }

    public EvaluationLevel[] getLevels() {
        return new EvaluationLevel[]{EvaluationLevel.DISTRICT, EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL};
    }

    public List<RoundView> getList() {
        return list;
    }

    public RoundForm getForm() {
        return form;
    }
}
