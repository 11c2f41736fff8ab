package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.rating.boundary.CandidateView;
import vn.ocop.rating.boundary.ReferenceScores;
import vn.ocop.rating.boundary.Results;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.ReferenceKind;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The district's 2019 pilot round and its 2024 round, through the boundaries as the district office:
 * the pilot under 1048/QĐ-TTg with every submitted product whose product set has a usable sheet in
 * the catalogue (the fresh-produce sheet only), the 2024 round under 148/QĐ-TTg with the products
 * re-registered for re-evaluation ({@link DemoRegistrations#reEvaluations2024}) and their
 * self-assessments; each with the council of seven (chair, vice-chair, five members), the members' paper sheets
 * keyed in twice (by this bean and {@link DemoPaperCheck}, a second officer), the opening recorded
 * at the session, one conclusion recorded against the proposal, and the round concluded. The sheets
 * are made up: each product has a quality, each member a leaning; one member strays on some products
 * (the spread); in the 2024 round the products meet the star marks of the class they aim at (one
 * member ticks lower on one mark, which the majority of the sheets outweighs) and two products are
 * held one class below their band by a mark that most members found missed.
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoRatings {

    @PersistenceContext
    EntityManager em;

    private static final Logger LOG = Logger.getLogger(DemoRatings.class.getName());

    /** The council: account, role, position (the usual members of a council). */
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
    DemoCouncil council;

    @Inject
    ReferenceScores references;

    @Inject
    Results results;

    /** Creates, scores and concludes the 2019 pilot round and the 2024 round; answers how many products they scored. */
    public int load() {
        int pilot = round(2019, "Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng – đợt thí điểm năm 2019",
                LocalDate.of(2019, 11, 12), "2468/QĐ-UBND", LocalDate.of(2019, 10, 28), false);
        int second = round(2024, "Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng năm 2024",
                LocalDate.of(2024, 10, 8), "1875/QĐ-UBND", LocalDate.of(2024, 9, 20), true);
        return pilot + second;
    }

    /**
     * One district round: every submitted product of its criteria set with a usable sheet, the
     * council of seven, the paper sheets keyed twice, the opening recorded, concluded. With
     * {@code full} (a 148 round): the producers' self-assessments keyed, two products held below their
     * band by a star mark, one conclusion of the council below the proposal.
     */
    private int round(int year, String title, LocalDate startsOn, String decision, LocalDate decidedOn, boolean full) {
        RoundForm form = new RoundForm();
        form.setLevel(EvaluationLevel.DISTRICT);
        form.setYear(year);
        form.setTitle(title);
        form.setPlace("Hội trường UBND huyện Đan Phượng");
        form.setStartsOn(startsOn);
        form.setEndsOn(startsOn.plusDays(2));
        long id = rounds.create(form).id();
        RoundDetails details = rounds.round(id);
        for (CandidateView candidate : rounds.candidates(id, null, 0, 200).items()) {
            if (candidate.usable()) {
                details = rounds.addProduct(id, details.round().version(), candidate.productId());
            }
        }
        details = council.seat(id, details, decision, decidedOn, COUNCIL);

        List<Long> members = DemoCouncil.scorers(details);
        int index = 0;
        for (var product : details.products()) {
            SheetForm sheet = council.sheet(product.sheetId());
            boolean gated = full && held(index);
            if (full) {
                references.record(id, product.productId(), ReferenceKind.SELF_ASSESSMENT, 0,
                        choices(sheet, Math.min(1.0, quality2024(index) + 0.1), 0, index, false));
            }
            for (int m = 0; m < members.size(); m++) {
                Map<Long, Long> choices = choices(sheet, full ? quality2024(index) : quality(index), m, index, gated);
                council.key(id, product.productId(), members.get(m), choices);
            }
            Settle.step(em);
            index++;
        }
        details = rounds.recordOpening(id, rounds.round(id).round().version());
        if (full && details.products().size() > 3) {
            var held = details.products().get(3);
            var result = results.results(id).stream().filter(r -> r.product().productId() == held.productId()).findFirst().orElseThrow();
            if (result.proposal() != Conclusion.NOT_RECOGNISED && result.proposal() != Conclusion.RETURN_FOR_COMPLETION) {
                results.decide(id, held.productId(), rounds.round(id).round().version(), Conclusion.RETURN_FOR_COMPLETION,
                        "Phiếu kết quả kiểm nghiệm đã quá 12 tháng; đề nghị chủ thể bổ sung phiếu kiểm nghiệm mới");
            }
        }
        rounds.conclude(id, rounds.round(id).round().version());
        LOG.info("Demonstration round of " + year + " scored and concluded: " + details.products().size() + " products");
        return details.products().size();
    }

    /** A product's quality, 0–1: spread over the classes (the pilot had products from 2★ to 4★). */
    static double quality(int product) {
        double[] levels = {0.86, 0.93, 0.74, 0.62, 0.55, 0.81, 0.68, 0.47, 0.77, 0.59, 0.71, 0.64};
        return levels[product % levels.length];
    }

    /**
     * A product's quality in the 2024 round: as in the pilot, except that the products meet the
     * marks of the class they aim at, which adds points, so those just below a band are set lower.
     */
    static double quality2024(int product) {
        double[] levels = {0.82, 0.93, 0.74, 0.62, 0.55, 0.81, 0.66, 0.47, 0.77, 0.59, 0.71, 0.72};
        return levels[product % levels.length];
    }

    /** The products of the 2024 round held below their band by a star mark (by their place in the round). */
    static boolean held(int product) {
        return product == 1 || product == 10;
    }

    /** The class a product of this quality aims at: the band of its quality as points (0.86: 4★). */
    static int aim(double quality) {
        return quality >= 0.9 ? 5 : quality >= 0.7 ? 4 : quality >= 0.5 ? 3 : quality >= 0.3 ? 2 : 1;
    }

    /**
     * A member's choices for a product: on each criterion the option nearest the product's quality,
     * moved by the member's leaning; the last member is generous on every third product (beyond the
     * spread). A producer aiming at a class meets its marks and those of the lower classes, so the
     * members tick at least the marked option there, except one member who ticks one lower on the
     * product's first such mark (a council meets a mark by its majority). A held product misses the
     * first mark of the class it aims at on five of the seven sheets, so it is held one class lower.
     */
    static Map<Long, Long> choices(SheetForm sheet, double quality, int member, int product, boolean held) {
        Map<Long, Long> choices = new LinkedHashMap<>();
        int leaning = (member * 7 + product * 3) % 3 - 1;
        boolean generous = member == COUNCIL.size() - 1 && product % 3 == 2;
        int aim = aim(quality);
        boolean first = true;
        boolean missed = false;
        for (SheetForm.Line line : DemoSheets.criteria(sheet)) {
            List<SheetForm.Option> options = DemoSheets.byPoints(line);
            int last = options.size() - 1;
            int at = (int) Math.round(quality * last) + (generous ? 2 : leaning == 0 ? 0 : (line.id() % 4 == 0 ? leaning : 0));
            int marked = marked(line, options, aim);
            if (marked >= 0) {
                boolean target = held && !missed && marked >= 1 && mark(line, options) == aim;
                if (target) {
                    missed = true;
                    at = member < 5 ? marked - 1 : Math.max(at, marked);
                } else if (first && member == product % COUNCIL.size()) {
                    at = Math.min(at, marked - 1);
                } else {
                    at = Math.max(at, marked);
                }
                first = false;
            }
            choices.put(line.id(), options.get(Math.max(0, Math.min(last, at))).id());
        }
        return choices;
    }

    /**
     * Where, among the options in ascending points, the lowest one meeting the line's marks up to the
     * aimed class is: the marked option, or the lowest option for a mark on the criterion; -1 without such a mark.
     */
    private static int marked(SheetForm.Line line, List<SheetForm.Option> options, int aim) {
        int at = line.stars() != null && line.stars() <= aim ? 0 : -1;
        for (int i = 0; i < options.size(); i++) {
            Integer stars = options.get(i).stars();
            if (stars != null && stars <= aim) {
                at = Math.max(at, i);
            }
        }
        return at;
    }

    /** The highest class the line's marks are for; 0 without a mark. */
    private static int mark(SheetForm.Line line, List<SheetForm.Option> options) {
        int stars = line.stars() == null ? 0 : line.stars();
        for (SheetForm.Option option : options) {
            stars = Math.max(stars, option.stars() == null ? 0 : option.stars());
        }
        return stars;
    }
}
