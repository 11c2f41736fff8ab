package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.boundary.SupportForm;
import vn.ocop.registration.boundary.SupportTypeView;
import vn.ocop.registration.boundary.SupportTypes;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demonstration supports of 2019–2020, recorded through the Supports boundary as the district
 * office: fifteen supports of every type and funding source, spread over the given producers (to
 * their first product where the support is about a product). Does nothing unless the server is
 * a demonstration server ({@value DemoData#SWITCH}).
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoSupports {

    private static final Logger LOG = Logger.getLogger(DemoSupports.class.getName());

    /** One demonstration support: which producer (index, wrapping round), whether for its product. */
    private record Given(int producer, boolean forProduct, String type, LocalDate on, long amount, FundingSource source,
                         String reference, String note) {
    }

    private static final List<Given> SUPPORTS = List.of(
            new Given(0, true, "BRANDING", LocalDate.of(2019, 6, 12), 15_000_000L, FundingSource.CITY_BUDGET,
                    "125/QĐ-UBND", "Thiết kế nhãn, bao bì và đăng ký nhãn hiệu"),
            new Given(1, true, "ANALYSIS", LocalDate.of(2019, 7, 3), 4_500_000L, FundingSource.DISTRICT_BUDGET,
                    "58/HĐ-KN", "Phân tích chỉ tiêu an toàn thực phẩm phục vụ đánh giá cấp thành phố"),
            new Given(2, false, "EQUIPMENT", LocalDate.of(2019, 8, 20), 120_000_000L, FundingSource.CITY_BUDGET,
                    "2136/QĐ-UBND", "Máy hút chân không và tủ sấy"),
            new Given(3, false, "BUSINESS_PLAN", LocalDate.of(2019, 9, 10), 8_000_000L, FundingSource.DISTRICT_BUDGET,
                    "312/QĐ-UBND", "Xây dựng phương án sản xuất kinh doanh"),
            new Given(0, true, "EXPERTS", LocalDate.of(2019, 10, 15), 35_000_000L, FundingSource.INTEGRATED_PROGRAMMES,
                    "15/2019/HĐ-TV", "Chuyên gia hoàn thiện quy trình chế biến"),
            new Given(2, false, "EQUIPMENT", LocalDate.of(2019, 11, 5), 60_000_000L, FundingSource.PRODUCER_AND_OTHER,
                    null, "Vốn đối ứng của chủ thể cho máy đóng gói"),
            new Given(4, true, "BRANDING", LocalDate.of(2019, 12, 2), 12_000_000L, FundingSource.CITY_BUDGET,
                    "3547/QĐ-UBND", "Thiết kế mẫu mã, tem truy xuất nguồn gốc"),
            new Given(1, true, "ANALYSIS", LocalDate.of(2020, 3, 18), 5_200_000L, FundingSource.DISTRICT_BUDGET,
                    "21/HĐ-KN", null),
            new Given(5, false, "EQUIPMENT", LocalDate.of(2020, 5, 22), 250_000_000L, FundingSource.CITY_BUDGET,
                    "1876/QĐ-UBND", "Dây chuyền sơ chế và đóng gói"),
            new Given(3, false, "BUSINESS_PLAN", LocalDate.of(2020, 6, 9), 10_000_000L, FundingSource.COMMUNE_BUDGET,
                    "45/QĐ-UBND", "Hỗ trợ tiếp cận vốn vay ưu đãi"),
            new Given(6, true, "BRANDING", LocalDate.of(2020, 7, 14), 18_500_000L, FundingSource.INTEGRATED_PROGRAMMES,
                    "09/2020/HĐ-TK", "Đăng ký nhãn hiệu tập thể"),
            new Given(4, true, "EXPERTS", LocalDate.of(2020, 8, 25), 40_000_000L, FundingSource.CITY_BUDGET,
                    "27/2020/HĐ-TV", "Nâng cấp sản phẩm đạt tiêu chuẩn cơ sở"),
            new Given(5, true, "ANALYSIS", LocalDate.of(2020, 9, 30), 6_800_000L, FundingSource.DISTRICT_BUDGET,
                    "33/HĐ-KN", null),
            new Given(7, false, "EQUIPMENT", LocalDate.of(2020, 10, 12), 95_000_000L, FundingSource.DISTRICT_BUDGET,
                    "2210/QĐ-UBND", "Lò sấy và máy xay"),
            new Given(6, true, "BRANDING", LocalDate.of(2020, 11, 20), 9_000_000L, FundingSource.COMMUNE_BUDGET,
                    "61/QĐ-UBND", "In nhãn và túi đựng sản phẩm"));

    @Inject
    Supports supports;

    @Inject
    SupportTypes supportTypes;

    @Inject
    Products productRegistrations;

    /** Records the demonstration supports for these producers; answers how many were recorded. */
    public int load(List<Long> producerIds) {
        if (!Boolean.getBoolean(DemoData.SWITCH) || producerIds == null || producerIds.isEmpty()) {
            return 0;
        }
        Map<String, Long> types = supportTypes.types().stream()
                .collect(Collectors.toMap(SupportTypeView::code, SupportTypeView::id));
        Map<Long, List<ProductView>> products = producerIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), productRegistrations::productsOf));
        int recorded = 0;
        for (Given given : SUPPORTS) {
            Long producerId = producerIds.get(given.producer() % producerIds.size());
            List<ProductView> own = products.get(producerId);
            SupportForm form = new SupportForm();
            form.setProducerId(producerId);
            form.setProductId(given.forProduct() && !own.isEmpty() ? own.get(0).id() : null);
            form.setTypeId(types.get(given.type()));
            form.setGrantedOn(given.on());
            form.setAmountVnd(given.amount());
            form.setFundingSource(given.source());
            form.setReferenceNumber(given.reference());
            form.setNote(given.note());
            supports.record(form);
            recorded++;
        }
        LOG.info("Demonstration data: " + recorded + " supports to producers");
        return recorded;
    }
}
