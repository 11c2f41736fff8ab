package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.ocop.planning.boundary.PlanForm;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.planning.entity.Plan.TargetLine;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.shared.control.Roles;
import vn.ocop.training.entity.Audience;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district's OCOP plans of 2019 (the pilot: every producer takes part, about 30 products
 * evaluated; the targets), 2024 and this year, written through the plans boundary as the
 * district office. The plans' numbers and dates are invented for the demonstration (the reference
 * gives none). Does nothing unless the server is a demonstration server ({@value DemoData#SWITCH}).
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})

public class DemoPlans {

    @Inject
    Plans plans;

    @PersistenceContext
    EntityManager em;

    /**
     * Dates the demonstration products' moves through the cycle in the years they belong to, as the
     * boundaries stamp the server's clock: the pilot's in spring 2019, the 2024 re-registrations in
     * March 2024, one minute apart in their order. Demonstration data only: a real move keeps its time.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void backdate(List<Long> products2024) {
        Set<Long> later = new HashSet<>(products2024);
        List<Object[]> moves = em.createQuery("SELECT t.id, t.product.id FROM ProductTransition t ORDER BY t.id", Object[].class)
                .getResultList();
        LocalDateTime pilot = LocalDateTime.of(2019, 4, 1, 8, 0);
        LocalDateTime reEvaluation = LocalDateTime.of(2024, 3, 1, 8, 0);
        int first = 0;
        int second = 0;
        for (Object[] move : moves) {
            LocalDateTime at = later.contains((Long) move[1]) ? reEvaluation.plusMinutes(second++) : pilot.plusMinutes(first++);
            em.createNativeQuery("UPDATE product_transition SET occurred_at = ? WHERE id = ?")
                    .setParameter(1, java.sql.Timestamp.valueOf(at)).setParameter(2, move[0]).executeUpdate();
        }
    }

    /**
     * Dates the moves through the cycle of the City's products of the year (they were registered now) from the given
     * time on, ten minutes apart in their order, before the communes pre-screen them. Demonstration data only.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void backdateFrom(List<Long> products, LocalDateTime from) {
        List<Long> moves = em.createQuery("SELECT t.id FROM ProductTransition t WHERE t.product.id IN :products"
                + " ORDER BY t.occurredAt, t.id", Long.class).setParameter("products", products).getResultList();
        int index = 0;
        for (Long move : moves) {
            em.createNativeQuery("UPDATE product_transition SET occurred_at = ? WHERE id = ?")
                    .setParameter(1, java.sql.Timestamp.valueOf(from.plusMinutes(10L * index++))).setParameter(2, move).executeUpdate();
        }
    }

    public int load(LocalDate today) {
        Map<Audience, Integer> all = Arrays.stream(Audience.values()).collect(Collectors.toMap(Function.identity(), a -> 100));
        plans.save(new PlanForm(2019, "45/KH-UBND", LocalDate.of(2019, 3, 15),
                "Kế hoạch triển khai Chương trình mỗi xã một sản phẩm (OCOP) huyện Đan Phượng năm 2019", List.of(
                target(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.PERCENT, null, 100, "Mọi doanh nghiệp, hợp tác xã, hộ kinh doanh đã đăng ký"),
                target(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 30, "Thí điểm khoảng 30 sản phẩm"),
                target(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 3, 5, null),
                target(TargetKind.SUPPORT_BUDGET, TargetUnit.VND, null, 300_000_000L, "Ngân sách thành phố và huyện")),
                all, 0));
        plans.save(new PlanForm(2024, "28/KH-UBND", LocalDate.of(2024, 2, 26),
                "Kế hoạch thực hiện Chương trình OCOP huyện Đan Phượng năm 2024", List.of(
                target(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.COUNT, null, 30, null),
                target(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 25, "Đánh giá lại các sản phẩm hết hạn"),
                target(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, null, 20, null),
                target(TargetKind.SUPPORT_BUDGET, TargetUnit.VND, null, 200_000_000L, null)),
                all, 0));
        int year = today.getYear();
        plans.save(new PlanForm(year, "19/KH-UBND", LocalDate.of(year, 1, Math.min(20, today.getDayOfYear())),
                "Kế hoạch thực hiện Chương trình OCOP năm " + year, List.of(
                target(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.PERCENT, null, 100, null),
                target(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, 10, null),
                target(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 3, 6, null),
                target(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 4, 2, null),
                target(TargetKind.SUPPORT_BUDGET, TargetUnit.VND, null, 500_000_000L, null)),
                all, 0));
        return 3;
    }

    private static TargetLine target(TargetKind kind, TargetUnit unit, Integer stars, long amount, String note) {
        return new TargetLine(kind, unit, stars, BigDecimal.valueOf(amount), note);
    }
}
