package vn.ocop.rating.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.rating.boundary.AdvisoryQueueItem;
import vn.ocop.rating.boundary.ReferenceScores;
import vn.ocop.rating.boundary.ReferenceSheetView;
import vn.ocop.rating.entity.ReferenceKind;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The producer's self-assessment (keyed by the office) or the advisory group's pre-score of a
 * product of a round, on the product's sheet; and the advisory member's queue.
 */
@Named
@ViewScoped
public class ReferenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceScores scores;

    private Long round;
    private Long product;
    private ReferenceKind kind;
    private ReferenceSheetView view;
    private final Map<Long, Long> choices = new HashMap<>();
    private List<AdvisoryQueueItem> queue;

    /** Called by the view parameters of the sheet page. */
    public void load() {
        if (round == null || product == null || kind == null) {
            throw new BusinessException("error.notFound");
        }
        show(scores.sheet(round, product, kind));
    }

    private void show(ReferenceSheetView sheet) {
        view = sheet;
        choices.clear();
        choices.putAll(sheet.choices());
    }

    public void save() {
        Map<Long, Long> chosen = new HashMap<>();
        choices.forEach((criterion, option) -> {
            if (option != null) {
                chosen.put(criterion, option);
            }
        });
        show(scores.record(round, product, kind, view.version(), chosen));
        Texts.info("general.saved");
    }

    /** The caller's advisory queue. */
    public List<AdvisoryQueueItem> getQueue() {
        if (queue == null) {
            queue = scores.queue();
        }
        return queue;
    }

    public ReferenceSheetView getView() {
        return view;
    }

    public Map<Long, Long> getChoices() {
        return choices;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public Long getProduct() {
        return product;
    }

    public void setProduct(Long product) {
        this.product = product;
    }

    public ReferenceKind getKind() {
        return kind;
    }

    public void setKind(ReferenceKind kind) {
        this.kind = kind;
    }
}
