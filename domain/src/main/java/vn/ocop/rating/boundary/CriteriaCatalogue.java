package vn.ocop.rating.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.rating.control.Correction;
import vn.ocop.rating.control.PrintedSheet;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetNode;
import vn.ocop.rating.control.SheetProblem;
import vn.ocop.rating.control.SheetTree;
import vn.ocop.rating.entity.CorrectionField;
import vn.ocop.rating.entity.CriteriaSet;
import vn.ocop.rating.entity.RecognitionRule;
import vn.ocop.rating.entity.Regime;
import vn.ocop.rating.entity.ScoringSheet;
import vn.ocop.rating.entity.SheetCorrection;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.reports.Documents;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The criteria catalogue, read-only: the criteria sets with their scoring sheets (each with its
 * status, the problems of its transcription and the corrections that resolve them), one sheet as
 * the printed form, its blank PDF, and the regime in force on a date. Reference data of public
 * legal texts: every signed-in role may read it (the pages are for the office, councils, leaders
 * and administrators).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class CriteriaCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents printer;

    /** Every criteria set, the one in force first, each with its sheets by product set. */
    public List<CriteriaSetView> criteriaSets() {
        List<ScoringSheet> sheets = em.createNamedQuery(ScoringSheet.ALL, ScoringSheet.class).getResultList();
        return em.createNamedQuery(CriteriaSet.ALL, CriteriaSet.class).getResultList().stream()
                .map(set -> new CriteriaSetView(set.getId(), set.getCode(), set.getName(), set.getPeriod().getEffectiveFrom(),
                        set.getPeriod().getEffectiveTo(), set.parts().asMap(), set.getSource(), sheets.stream()
                        .filter(sheet -> sheet.getCriteriaSet().getId().equals(set.getId())).map(this::summary).toList()))
                .toList();
    }

    /** One sheet as the printed form, corrections applied. */
    public SheetView sheet(long id) {
        ScoringSheet sheet = sheetById(id);
        SheetCheck check = sheet.check();
        Set<Long> corrected = sheet.getCorrections().stream().map(c -> c.correction().nodeId()).collect(Collectors.toSet());
        Set<Long> faulty = check.problems().stream().map(SheetProblem::nodeId).collect(Collectors.toSet());
        List<SheetView.Line> lines = check.tree().inPrintOrder().stream()
                .map(n -> new SheetView.Line(n.id(), n.level(), n.depth(), n.code(), n.label(), n.row().description(),
                        n.row().score(), n.stars(), corrected.contains(n.id()), faulty.contains(n.id())))
                .toList();
        CriteriaSet set = sheet.getCriteriaSet();
        return new SheetView(summary(sheet), set.getCode(), set.getName(), sheet.getSource(), lines);
    }

    /** The blank sheet to print for a council member; only for a sheet that can be used for scoring. */
    public byte[] blankSheetPdf(long id) {
        ScoringSheet sheet = sheetById(id);
        if (!sheet.usable()) {
            throw new BusinessException("rating.sheet.notUsable");
        }
        CriteriaSet set = sheet.getCriteriaSet();
        ProductSet productSet = sheet.getProductSet();
        return printer.pdf(PrintedSheet.document(set.getCode(), set.getName(),
                PrintedSheet.productSet(productSet.getNumber(), productSet.getCode(), productSet.getName()), set.parts(),
                sheet.check().tree()));
    }

    /** The regime in force on the date: its criteria set and who evaluates, recognises and forwards. */
    public RegimeView regimeOn(LocalDate date) {
        return em.createNamedQuery(Regime.ON, Regime.class).setParameter("date", date).getResultList().stream()
                .findFirst().map(CriteriaCatalogue::view)
                .orElseThrow(() -> new BusinessException("rating.regime.none"));
    }

    /** Every regime, the oldest first. */
    public List<RegimeView> regimes() {
        return em.createNamedQuery(Regime.ALL, Regime.class).getResultList().stream().map(CriteriaCatalogue::view).toList();
    }

    private ScoringSheet sheetById(long id) {
        return Records.find(em, ScoringSheet.class, id);
    }

    private SheetSummary summary(ScoringSheet sheet) {
        SheetCheck check = sheet.check();
        List<ProblemView> problems = new ArrayList<>();
        check.transcriptionProblems().forEach(p -> problems.add(view(p, check.resolved(p))));
        check.problems().stream().filter(left -> check.transcriptionProblems().stream()
                        .noneMatch(raw -> raw.nodeId() == left.nodeId() && raw.kind() == left.kind()))
                .forEach(p -> problems.add(view(p, false)));
        ProductSet set = sheet.getProductSet();
        return new SheetSummary(sheet.getId(), set.getId(), set.getNumber(), set.getCode(), set.getName(), check.total(),
                check.usable(), problems, sheet.getCorrections().stream().map(c -> view(c, check)).toList());
    }

    private static ProblemView view(SheetProblem problem, boolean resolved) {
        return new ProblemView(problem.path(), problem.kind(), problem.expected(), problem.found(), resolved);
    }

    private static CorrectionView view(SheetCorrection entity, SheetCheck check) {
        Correction c = entity.correction();
        SheetTree raw = check.transcription();
        SheetNode node = raw.node(c.nodeId());
        String path = node == null ? "#" + c.nodeId() : node.path();
        if (c.field() == CorrectionField.PARENT) {
            return new CorrectionView(path, c.field(), pathOf(raw, c.oldValue()), pathOf(raw, c.newValue()), c.reason(),
                    c.source());
        }
        return new CorrectionView(path, c.field(), c.oldValue(), c.newValue(), c.reason(), c.source());
    }

    private static String pathOf(SheetTree tree, String nodeId) {
        if (nodeId == null || nodeId.isBlank()) {
            return null;
        }
        SheetNode node = tree.node(Long.parseLong(nodeId.strip()));
        return node == null ? "#" + nodeId : node.path();
    }

    private static RegimeView view(Regime regime) {
        List<RegimeView.Rule> national = new ArrayList<>();
        List<RegimeView.Rule> local = new ArrayList<>();
        for (RecognitionRule rule : regime.getRules()) {
            (rule.isLocal() ? local : national).add(new RegimeView.Rule(rule.getLevel(), rule.getAction(),
                    rule.getStarsFrom(), rule.getStarsTo(), rule.getMinScore(), rule.getToLevel(),
                    rule.isLocal() ? rule.getUnit().getName() : null, rule.getPracticeFrom(), rule.getPracticeTo(),
                    rule.isCertain(), rule.getSource(), rule.getNote()));
        }
        return new RegimeView(regime.getId(), regime.getCode(), regime.getName(), regime.getCriteriaSet().getCode(),
                regime.getPeriod().getEffectiveFrom(), regime.getPeriod().getEffectiveTo(), regime.getSource(), national, local);
    }
}
