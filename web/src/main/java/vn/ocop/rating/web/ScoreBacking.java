package vn.ocop.rating.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.rating.boundary.MemberSheetView;
import vn.ocop.rating.boundary.SavedSheet;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.rating.boundary.Scoring;
import vn.ocop.rating.boundary.SubmittedSheetView;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A council member's sheet for one product: the declaration of conflict of interest first, then the
 * sheet, each tick saved at once (so a closed tab or an expired session loses nothing), the totals
 * per part as they tick, and the submission that locks it. Once allowed, the other members' sheets.
 */
@Named
@ViewScoped
public class ScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scoring scoring;

    private Long round;
    private Long product;
    private MemberSheetView view;
    private final Map<Long, Long> choices = new HashMap<>();
    private long version;
    private SheetChoices.Totals totals;
    private int missing;
    private LocalDateTime savedAt;
    private String note;
    private List<SubmittedSheetView> sheets = List.of();

    /** Called by the view parameters. */
    public void load() {
        if (round == null || product == null) {
            throw new BusinessException("error.notFound");
        }
        show(scoring.sheet(round, product));
    }

    private void show(MemberSheetView sheet) {
        view = sheet;
        choices.clear();
        choices.putAll(sheet.choices());
        version = sheet.version();
        totals = sheet.totals();
        missing = sheet.missing().size();
        savedAt = sheet.savedAt();
        sheets = sheet.sheetsVisible() ? scoring.sheets(round, product) : List.of();
    }

    public String declareNoConflict() {
        scoring.declare(round, product, false, null);
        return reloaded("rating_score.declaredNoConflict");
    }

    public String declareConflict() {
        scoring.declare(round, product, true, note);
        return reloaded("rating_score.declaredConflict");
    }

    /** Saves the criterion's new option at once; a choice in one alternative case clears the others on the page too. */
    public void tick(long criterionId) {
        Map<Long, Long> change = new HashMap<>();
        change.put(criterionId, choices.get(criterionId));
        SavedSheet saved = scoring.save(round, product, version, change);
        version = saved.version();
        totals = saved.totals();
        missing = saved.missing();
        savedAt = saved.savedAt();
        Set<Long> cleared = view.form().choices().excludedBy(criterionId);
        if (choices.get(criterionId) != null && cleared.stream().anyMatch(choices::containsKey)) {
            cleared.forEach(choices::remove);
            PrimeFaces.current().ajax().update("sheet:lines");
        }
    }

    public String submit() {
        scoring.submit(round, product, version);
        return reloaded("rating_score.submitted");
    }

    /** The member's standing changed (declared, submitted): the page is shown afresh, with the confirmation. */
    private String reloaded(String key) {
        Texts.info(key);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/rating/score?faces-redirect=true&round=" + round + "&product=" + product;
    }

    /** The points of the option ticked on a criterion (what the locked sheet shows), or null while none is. */
    public String awarded(SheetForm.Line line) {
        Long chosen = choices.get(line.id());
        return chosen == null ? null : line.options().stream().filter(o -> o.id() == chosen).map(SheetForm.Option::points)
                .findFirst().orElse(null);
    }

    public Long getRound() { return round; }
    public void setRound(Long round) { this.round = round; }
    public Long getProduct() { return product; }
    public void setProduct(Long product) { this.product = product; }
    public MemberSheetView getView() { return view; }
    public Map<Long, Long> getChoices() { return choices; }
    public SheetChoices.Totals getTotals() { return totals; }
    public int getMissing() { return missing; }
    public LocalDateTime getSavedAt() { return savedAt; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<SubmittedSheetView> getSheets() { return sheets; }
}
