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

import java.util.List;

/**
 * The producer's self-assessment (keyed by the office) or the advisory group's pre-score of a
 * product of a round, on the product's sheet; and the advisory member's queue.
 */
@Named
@ViewScoped
public class ReferenceBacking extends KeyedSheet {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceScores scores;

    private ReferenceKind kind;
    private ReferenceSheetView view;
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
        show(scores.record(round, product, kind, view.version(), chosen()));
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

    public ReferenceKind getKind() {
        return kind;
    }

    public void setKind(ReferenceKind kind) {
        this.kind = kind;
    }
}
