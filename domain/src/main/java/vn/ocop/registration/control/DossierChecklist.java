package vn.ocop.registration.control;

import java.io.Serializable;

import vn.ocop.registration.entity.DossierItem;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.RegistrationType;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A product's dossier against the items of its criteria set (the dossier of 148/QĐ-TTg): which items are
 * mandatory, which are present, the samples that goods send with the dossier, and how complete it
 * is. The completeness counts the mandatory lines only (items and samples): 100 % means the dossier
 * may be submitted; the supporting evidence adds points in the evaluation but does not block it.
 */
public record DossierChecklist(List<Line> lines, boolean samplesRequired, boolean samplesPresent) implements Serializable {

    /** One item: whether it is mandatory and how many documents of it the dossier holds. */
    public record Line(DossierItem item, boolean mandatory, int documents) implements Serializable {

        public boolean present() {
            return documents > 0;
        }
    }

    /**
     * The checklist of a product evaluated under {@code criteriaSet}, holding documents of the
     * given items (one entry per document); {@code service} products send no samples.
     */
    public static DossierChecklist of(String criteriaSet, boolean service, Integer samples, Collection<DossierItem> documents) {
        return of(criteriaSet, null, service, samples, documents);
    }

    /**
     * The checklist of a registration of the type (null: not chosen yet, as a first time): a re-evaluation adds the
     * mandatory report on the product's 3 years of production and business.
     */
    public static DossierChecklist of(String criteriaSet, RegistrationType type, boolean service, Integer samples,
                                      Collection<DossierItem> documents) {
        Map<DossierItem, Integer> counts = new EnumMap<>(DossierItem.class);
        documents.forEach(item -> counts.merge(item, 1, Integer::sum));
        List<Line> lines = Arrays.stream(DossierItem.values()).filter(item -> item.inChecklist(type))
                .map(item -> new Line(item, item.mandatoryFor(criteriaSet, type), counts.getOrDefault(item, 0))).toList();
        return new DossierChecklist(lines, !service, samples != null && samples >= Product.REQUIRED_SAMPLES);
    }

    public int mandatoryCount() {
        return (int) lines.stream().filter(Line::mandatory).count() + (samplesRequired ? 1 : 0);
    }

    public int mandatoryPresent() {
        return (int) lines.stream().filter(l -> l.mandatory() && l.present()).count()
                + (samplesRequired && samplesPresent ? 1 : 0);
    }

    /** Completeness in whole per cent, rounded down so that 100 means complete. */
    public int percent() {
        int required = mandatoryCount();
        return required == 0 ? 100 : mandatoryPresent() * 100 / required;
    }

    public boolean complete() {
        return mandatoryPresent() == mandatoryCount();
    }

    /** The mandatory items still missing (the samples are not an item: see {@link #samplesMissing()}). */
    public List<DossierItem> missing() {
        return lines.stream().filter(l -> l.mandatory() && !l.present()).map(Line::item).toList();
    }

    public boolean samplesMissing() {
        return samplesRequired && !samplesPresent;
    }

    /** What keeps the dossier from being submitted, to name to the user: the missing items, then the samples. */
    public List<Object> gaps() {
        List<Object> gaps = new java.util.ArrayList<>(missing());
        if (samplesMissing()) {
            gaps.add(Samples.MISSING);
        }
        return gaps;
    }

    /** The samples as a gap of the dossier (a label of their own). */
    public enum Samples { MISSING }
}
