package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ocop.rating.boundary.CandidateView;
import vn.ocop.rating.boundary.CouncilForm;
import vn.ocop.rating.boundary.PaperSheets;
import vn.ocop.rating.boundary.PersonView;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.ScoringForms;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.shared.control.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The district's 2019 pilot round, through the boundaries as the district office: the round under
 * 1048/QĐ-TTg with every submitted product whose product set has a usable sheet in the catalogue,
 * its council of seven (chair, vice-chair, five members), the members' paper sheets
 * keyed in twice (by this bean and {@link DemoPaperCheck}, a second officer), the opening recorded
 * at the session, one conclusion recorded against the proposal, and the round concluded. The sheets
 * are made up: each product has a quality, each member a leaning; one member strays on some products
 * (the spread), one product is held below its band by a star mark.
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoRatings {

    private static final Logger LOG = Logger.getLogger(DemoRatings.class.getName());

    /** The council: account, role, position (reference §5.1). */
    static final List<String[]> COUNCIL = List.of(
            new String[] {"council1", "CHAIR", "Phó Chủ tịch UBND huyện"},
            new String[] {"council2", "VICE_CHAIR", "Trưởng phòng Kinh tế huyện"},
            new String[] {"council3", "MEMBER", "Phó Trưởng phòng Kinh tế huyện"},
            new String[] {"council4", "MEMBER", "Trưởng phòng Tài chính – Kế hoạch huyện"},
            new String[] {"council5", "MEMBER", "Giám đốc Trung tâm Dịch vụ nông nghiệp huyện"},
            new String[] {"council6", "MEMBER", "Phó Chủ tịch Hội Nông dân huyện"},
            new String[] {"council7", "MEMBER", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện"});

    @Inject
    Rounds rounds;

    @Inject
    PaperSheets paper;

    @Inject
    DemoPaperCheck check;

    @Inject
    ScoringForms forms;

    /** Creates, scores and concludes the pilot round; answers how many products it scored. */
    public int load() {
        RoundForm form = new RoundForm();
        form.setLevel(EvaluationLevel.DISTRICT);
        form.setYear(2019);
        form.setTitle("Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng – đợt thí điểm năm 2019");
        form.setPlace("Hội trường UBND huyện Đan Phượng");
        form.setStartsOn(LocalDate.of(2019, 11, 12));
        form.setEndsOn(LocalDate.of(2019, 11, 14));
        long id = rounds.create(form).id();
        RoundDetails details = rounds.round(id);
        List<CandidateView> candidates = rounds.candidates(id, null, 0, 200).items();
        for (CandidateView candidate : candidates) {
            if (candidate.usable()) {
                details = rounds.addProduct(id, details.round().version(), candidate.productId());
            }
        }
        CouncilForm council = new CouncilForm();
        council.setDecisionNumber("2468/QĐ-UBND");
        council.setDecisionDate(LocalDate.of(2019, 10, 28));
        details = rounds.establishCouncil(id, details.round().version(), council);
        Map<String, Long> people = new LinkedHashMap<>();
        rounds.people().forEach((PersonView p) -> people.put(p.username(), p.id()));
        for (String[] member : COUNCIL) {
            details = rounds.appoint(id, details.round().version(), people.get(member[0]), MemberRole.valueOf(member[1]), member[2]);
        }
        details = rounds.startScoring(id, details.round().version());

        List<Long> members = details.council().members().stream().filter(m -> m.role() != MemberRole.SECRETARY)
                .map(m -> m.id()).toList();
        int index = 0;
        for (var product : details.products()) {
            SheetForm sheet = forms.form(product.sheetId());
            boolean gated = index == 1;
            for (int m = 0; m < members.size(); m++) {
                Map<Long, Long> choices = choices(sheet, quality(index), m, index, gated);
                paper.enter(id, product.productId(), members.get(m), choices);
                check.enter(id, product.productId(), members.get(m), choices);
            }
            index++;
        }
        details = rounds.recordOpening(id, rounds.round(id).round().version());
        rounds.conclude(id, details.round().version());
        LOG.info("Demonstration pilot round of 2019 scored and concluded: " + details.products().size() + " products");
        return details.products().size();
    }

    /** A product's quality, 0–1: spread over the classes (the pilot had products from 2★ to 4★). */
    static double quality(int product) {
        double[] levels = {0.86, 0.93, 0.74, 0.62, 0.55, 0.81, 0.68, 0.47, 0.77, 0.59, 0.71, 0.64};
        return levels[product % levels.length];
    }

    /**
     * A member's choices for a product: on each criterion the option nearest the product's quality,
     * moved by the member's leaning; the last member is generous on every third product (beyond the
     * spread); a gated product misses its star-marked options.
     */
    static Map<Long, Long> choices(SheetForm sheet, double quality, int member, int product, boolean gated) {
        Map<Long, Long> choices = new LinkedHashMap<>();
        int leaning = (member * 7 + product * 3) % 3 - 1;
        boolean generous = member == COUNCIL.size() - 1 && product % 3 == 2;
        for (SheetForm.Line line : sheet.lines()) {
            if (!line.criterion() || line.options().isEmpty()) {
                continue;
            }
            List<SheetForm.Option> options = line.options().stream()
                    .sorted(Comparator.comparing((SheetForm.Option o) -> points(o.points()))).toList();
            int last = options.size() - 1;
            int at = (int) Math.round(quality * last) + (generous ? 2 : leaning == 0 ? 0 : (line.id() % 4 == 0 ? leaning : 0));
            boolean marked = line.stars() != null || options.stream().anyMatch(o -> o.stars() != null);
            if (gated && marked) {
                at = 0;
            }
            choices.put(line.id(), options.get(Math.max(0, Math.min(last, at))).id());
        }
        return choices;
    }

    private static BigDecimal points(String text) {
        try {
            return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
