package vn.ocop.demo;

import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProducerType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.ocop.registration.entity.CycleStep.DOSSIER_SUBMITTED;
import static vn.ocop.registration.entity.CycleStep.IDEA_ACCEPTED;
import static vn.ocop.registration.entity.CycleStep.IDEA_REGISTERED;
import static vn.ocop.registration.entity.CycleStep.IDEA_RETURNED;
import static vn.ocop.registration.entity.CycleStep.PLAN_SUBMITTED;
import static vn.ocop.registration.entity.CycleStep.PREPARING;
import static vn.ocop.registration.entity.ProducerType.COOPERATIVE;
import static vn.ocop.registration.entity.ProducerType.COOPERATIVE_GROUP;
import static vn.ocop.registration.entity.ProducerType.ENTERPRISE;
import static vn.ocop.registration.entity.ProducerType.HOUSEHOLD_BUSINESS;

/**
 * The demonstration producers and products: Đan Phượng in the 2019 pilot of the OCOP programme
 * (criteria set 1048/QĐ-TTg), 30 producers in the 16 communes and 40 products, 30 of them with
 * their dossier submitted for evaluation. Fictitious people and businesses; tax codes are
 * well-formed (check digit) but invented. {@link DemoRegistrations} loads them through the
 * boundaries.
 */
public final class DanPhuong2019 {

    // The communes of Đan Phượng as of 2019 (migration V2).
    static final long PHUNG = 10, TRUNG_CHAU = 11, THO_AN = 12, THO_XUAN = 13, HONG_HA = 14, LIEN_HONG = 15,
            LIEN_HA = 16, HA_MO = 17, LIEN_TRUNG = 18, PHUONG_DINH = 19, THUONG_MO = 20, TAN_HOI = 21, TAN_LAP = 22,
            DAN_PHUONG = 23, DONG_THAP = 24, SONG_PHUONG = 25;

    /** The commune part of an address, by unit id. */
    static final Map<Long, String> COMMUNES = Map.ofEntries(Map.entry(PHUNG, "thị trấn Phùng"),
            Map.entry(TRUNG_CHAU, "xã Trung Châu"), Map.entry(THO_AN, "xã Thọ An"), Map.entry(THO_XUAN, "xã Thọ Xuân"),
            Map.entry(HONG_HA, "xã Hồng Hà"), Map.entry(LIEN_HONG, "xã Liên Hồng"), Map.entry(LIEN_HA, "xã Liên Hà"),
            Map.entry(HA_MO, "xã Hạ Mỗ"), Map.entry(LIEN_TRUNG, "xã Liên Trung"), Map.entry(PHUONG_DINH, "xã Phương Đình"),
            Map.entry(THUONG_MO, "xã Thượng Mỗ"), Map.entry(TAN_HOI, "xã Tân Hội"), Map.entry(TAN_LAP, "xã Tân Lập"),
            Map.entry(DAN_PHUONG, "xã Đan Phượng"), Map.entry(DONG_THAP, "xã Đồng Tháp"),
            Map.entry(SONG_PHUONG, "xã Song Phượng"));

    // Product sets of 1048/QĐ-TTg (migration V3, ids 101–126).
    static final long FRESH_PRODUCE = 101;      // Rau, củ, quả, hạt tươi
    static final long FRESH_MEAT_EGGS = 102;    // Thịt, trứng, sữa tươi
    static final long RICE_GRAIN = 103;         // Gạo, ngũ cốc
    static final long HONEY = 104;              // Mật ong, sản phẩm từ mật ong, mật khác
    static final long FROM_RICE = 106;          // Chế biến từ gạo, ngũ cốc
    static final long FROM_VEGETABLES = 107;    // Chế biến từ rau, củ, quả, hạt
    static final long FROM_MEAT = 108;          // Chế biến từ thịt, trứng, sữa
    static final long FROM_FISH = 109;          // Chế biến từ thủy, hải sản
    static final long SAUCES = 110;             // Tương, nước mắm, gia vị lỏng khác
    static final long OTHER_TEAS = 113;         // Các sản phẩm khác từ chè, trà
    static final long SPIRITS = 115;            // Rượu trắng
    static final long COSMETICS = 120;          // Mỹ phẩm
    static final long OTHER_HERBS = 122;        // Thảo dược khác
    static final long TEXTILES = 123;           // Vải, may mặc
    static final long CRAFT_DECORATION = 124;   // Thủ công mỹ nghệ, trang trí
    static final long CRAFT_HOUSEHOLD = 125;    // Thủ công mỹ nghệ gia dụng
    static final long RURAL_TOURISM = 126;      // Dịch vụ du lịch – truyền thống – lễ hội (a service)

    static final String MALE = "MALE", FEMALE = "FEMALE", KINH = "Kinh";

    /**
     * The product set of 148/QĐ-TTg (ids 1–26) that a 1048 product set continues as, for the 2024
     * re-evaluations; the tea sets (11, 12) are left out: their 148 sheets do not add up yet.
     */
    static final Map<Long, Long> SET_148 = Map.ofEntries(
            Map.entry(FRESH_PRODUCE, 1L), Map.entry(FRESH_MEAT_EGGS, 2L), Map.entry(RICE_GRAIN, 3L), Map.entry(HONEY, 4L),
            Map.entry(FROM_RICE, 6L), Map.entry(FROM_VEGETABLES, 7L), Map.entry(FROM_MEAT, 8L), Map.entry(FROM_FISH, 8L),
            Map.entry(SAUCES, 9L), Map.entry(SPIRITS, 14L), Map.entry(COSMETICS, 19L), Map.entry(OTHER_HERBS, 20L),
            Map.entry(TEXTILES, 22L), Map.entry(CRAFT_DECORATION, 21L), Map.entry(CRAFT_HOUSEHOLD, 21L),
            Map.entry(RURAL_TOURISM, 26L));

    static final String RE_EVALUATION = "Đăng ký đánh giá lại theo Bộ tiêu chí 148/QĐ-TTg (giấy chứng nhận năm 2019 hết hiệu lực)";
    static final String DOSSIER_2024 = "Nộp hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024";

    // The notes of the district office at each step of the cycle.
    static final String ACCEPTED = "Ý tưởng sản phẩm phù hợp Kế hoạch thực hiện Chương trình OCOP năm 2019 của huyện";
    static final String RESUBMITTED = "Chủ thể đã bổ sung theo yêu cầu, đăng ký lại ý tưởng sản phẩm";
    static final String PLAN = "Nộp phương án sản xuất kinh doanh";
    static final String PREPARATION = "Triển khai phương án; hỗ trợ hoàn thiện bao bì, nhãn mác, tiêu chuẩn cơ sở";
    static final String DOSSIER = "Nộp hồ sơ đánh giá, phân hạng sản phẩm OCOP đợt thí điểm năm 2019";

    public record Person(String name, String title, String gender, String ethnicity) {
    }

    public record ManagerRow(String name, String position, String phone) {
    }

    /** A change of legal form, and the producer's name and representative's title after it. */
    public record LegalFormRow(ProducerType newType, LocalDate on, String newName, String newTitle, String note) {
    }

    /** A product and the step it has reached; {@code returnedFor}: the idea was returned once for that reason. */
    public record ProductRow(long productSetId, String name, CycleStep step, String description, Integer samples,
                             String returnedFor) {

        ProductRow returnedFor(String reason) {
            return new ProductRow(productSetId, name, step, description, samples, reason);
        }

        /** The steps the product goes through after its registration (IDEA_REGISTERED). */
        public List<CycleStep> path() {
            List<CycleStep> path = new ArrayList<>();
            if (returnedFor != null) {
                path.add(IDEA_RETURNED);
                if (step != IDEA_RETURNED) {
                    path.add(IDEA_REGISTERED);
                }
            }
            List<CycleStep> onwards = List.of(IDEA_ACCEPTED, PLAN_SUBMITTED, PREPARING, DOSSIER_SUBMITTED);
            if (onwards.contains(step)) {
                path.addAll(onwards.subList(0, onwards.indexOf(step) + 1));
            }
            return path;
        }
    }

    public record ProducerRow(String name, ProducerType type, String taxCode, LocalDate registeredOn, long communeId,
                              String village, Person representative, String phone, String email, Integer members,
                              Integer workers, List<ManagerRow> managers, LegalFormRow legalForm,
                              List<ProductRow> products) {

        public String address() {
            return village + ", " + COMMUNES.get(communeId);
        }

        /** The legal form today: after the change, if there was one. */
        public ProducerType currentType() {
            return legalForm == null ? type : legalForm.newType();
        }
    }

    public static final List<ProducerRow> PRODUCERS = List.of(
            new ProducerRow("Công ty TNHH Bánh kẹo Phùng Hưng", ENTERPRISE, "0107215431", day(14, 6, 2016), PHUNG,
                    "số 12 phố Tây Sơn", person("Nguyễn Văn Hưng", "Giám đốc", MALE), "0912456781",
                    "phunghung@example.vn", null, 18,
                    List.of(manager("Nguyễn Thị Thanh Hương", "Phó Giám đốc", "0983215470"),
                            manager("Trần Thị Lụa", "Kế toán trưởng", "0979340215")),
                    null,
                    List.of(goods(FROM_RICE, "Bánh cốm Phùng Hưng", DOSSIER_SUBMITTED,
                                    "Bánh cốm nhân đậu xanh, dừa, làm từ cốm non và đậu xanh địa phương; hộp 10 chiếc."),
                            goods(FROM_VEGETABLES, "Kẹo lạc Phùng Hưng", DOSSIER_SUBMITTED,
                                    "Kẹo lạc vừng làm từ lạc bãi sông Hồng và mật mía; túi 300 g."))),
            new ProducerRow("Hộ kinh doanh Đỗ Thị Tư", HOUSEHOLD_BUSINESS, "01F8002317", day(5, 3, 2012), PHUNG,
                    "ngõ 48 phố Tây Sơn", person("Đỗ Thị Tư", "Chủ hộ", FEMALE), "0936172845", null, 4, 6,
                    List.of(manager("Nguyễn Văn Cường", "Quản lý sản xuất", "0936172846")),
                    null,
                    List.of(goods(FROM_RICE, "Bánh chưng Phùng", DOSSIER_SUBMITTED,
                            "Bánh chưng gói lá dong, gạo nếp cái hoa vàng, đỗ xanh và thịt lợn, luộc 10 giờ; bảo quản mát 5 ngày."))),
            new ProducerRow("Hợp tác xã Dịch vụ nông nghiệp Trung Châu", COOPERATIVE, "0101568021", day(15, 9, 2004),
                    TRUNG_CHAU, "thôn Trung Hà", person("Phan Văn Toàn", "Chủ nhiệm HTX", MALE), "0904318562", null,
                    312, 14,
                    List.of(manager("Phan Thị Nga", "Phó Chủ nhiệm HTX", "0904318563"),
                            manager("Lê Văn Bình", "Kế toán", "0975120384")),
                    null,
                    List.of(goods(FRESH_PRODUCE, "Bưởi diễn Trung Châu", DOSSIER_SUBMITTED,
                            "Bưởi diễn trồng trên đất bãi ven sông Hồng theo quy trình VietGAP; quả 1–1,5 kg, vỏ vàng, múi ngọt."))),
            new ProducerRow("Tổ hợp tác nuôi cá Trung Châu", COOPERATIVE_GROUP, "12/2017/THT", day(10, 4, 2017),
                    TRUNG_CHAU, "thôn Chu Phan", person("Lê Văn Tiến", "Tổ trưởng", MALE), "0974561230", null, 9, 4,
                    List.of(),
                    null,
                    List.of(goods(FROM_FISH, "Cá trắm kho niêu Trung Châu", PREPARING,
                            "Cá trắm cỏ nuôi tại đầm ven sông Hồng, kho niêu đất với riềng, gừng và nước hàng; hộp 500 g tiệt trùng."))),
            new ProducerRow("Hợp tác xã Nông nghiệp Thọ An", COOPERATIVE, "0100856394", day(16, 2, 1998), THO_AN,
                    "thôn Thọ Vực", person("Nguyễn Văn Khải", "Chủ nhiệm HTX", MALE), "0915237604", null, 286, 11,
                    List.of(manager("Đào Văn Long", "Phó Chủ nhiệm HTX", "0915237605"),
                            manager("Nguyễn Thị Hiền", "Kế toán", "0968730415")),
                    null,
                    List.of(goods(FRESH_PRODUCE, "Rau cải ngọt an toàn Thọ An", DOSSIER_SUBMITTED,
                                    "Cải ngọt trồng theo quy trình VietGAP trên đất bãi, thu hoạch sau 30–35 ngày; bó 0,5 kg có tem truy xuất nguồn gốc."),
                            goods(FRESH_PRODUCE, "Dưa chuột bao tử Thọ An", IDEA_ACCEPTED,
                                    "Dưa chuột bao tử trồng trong nhà lưới; hộp 500 g."))),
            new ProducerRow("Hộ kinh doanh Bùi Văn Nhất", HOUSEHOLD_BUSINESS, "8007412568", day(22, 8, 2014), THO_AN,
                    "thôn Bắc Hà", person("Bùi Văn Nhất", "Chủ hộ", MALE, "Mường"), "0965128437", null, 3, 2,
                    List.of(),
                    null,
                    List.of(goods(HONEY, "Mật ong hoa nhãn Thọ An", DOSSIER_SUBMITTED,
                            "Mật ong hoa nhãn khai thác từ 200 đàn ong nuôi ven bãi sông Hồng, độ ẩm dưới 20%; chai thủy tinh 500 ml."))),
            new ProducerRow("Hợp tác xã Dịch vụ nông nghiệp Thọ Xuân", COOPERATIVE, "0101389287", day(11, 6, 2003),
                    THO_XUAN, "thôn Thống Nhất", person("Đặng Văn Thuận", "Chủ nhiệm HTX", MALE), "0913842076", null,
                    254, 9,
                    List.of(manager("Đặng Thị Mến", "Kế toán", "0913842077")),
                    null,
                    List.of(goods(FRESH_PRODUCE, "Chuối tiêu hồng Thọ Xuân", DOSSIER_SUBMITTED,
                            "Chuối tiêu hồng trồng trên đất bãi bồi, chín tự nhiên; nải 1,5–2 kg."))),
            new ProducerRow("Công ty cổ phần Nông sản sạch Thọ Xuân", ENTERPRISE, "0108273468", day(7, 5, 2018), THO_XUAN,
                    "thôn Đoàn Kết", person("Trịnh Thị Ngọc Anh", "Giám đốc", FEMALE), "0988305127",
                    "nongsansach.thoxuan@example.vn", null, 22,
                    List.of(manager("Trịnh Văn Quân", "Phó Giám đốc", "0913572046"),
                            manager("Vũ Thị Hằng", "Kế toán trưởng", "0988305128")),
                    null,
                    List.of(goods(FROM_VEGETABLES, "Bột sắn dây Thọ Xuân", DOSSIER_SUBMITTED,
                                    "Bột sắn dây nguyên chất, lọc thủ công từ củ sắn dây trồng tại xã; túi 500 g."),
                            goods(OTHER_HERBS, "Tinh bột nghệ Thọ Xuân", PLAN_SUBMITTED,
                                    "Tinh bột nghệ vàng đã tách dầu; lọ 200 g."))),
            new ProducerRow("Hợp tác xã Nông nghiệp Hồng Hà", COOPERATIVE, "0101910566", day(28, 11, 2005), HONG_HA,
                    "thôn Bạch Hạc", person("Vương Văn Cường", "Chủ nhiệm HTX", MALE), "0904617253", null, 198, 8,
                    List.of(manager("Vương Thị Lan", "Kế toán", "0904617254"),
                            manager("Nguyễn Văn Sáu", "Trưởng ban kiểm soát", "0977264150")),
                    null,
                    List.of(goods(RICE_GRAIN, "Gạo nếp cái hoa vàng Hồng Hà", DOSSIER_SUBMITTED,
                            "Gạo nếp cái hoa vàng vụ mùa, hạt tròn, dẻo thơm; túi 2 kg hút chân không."))),
            new ProducerRow("Hộ kinh doanh Nguyễn Thị Lan", HOUSEHOLD_BUSINESS, "01F8004526", day(19, 1, 2016), HONG_HA,
                    "thôn Hồng Thái", person("Nguyễn Thị Lan", "Chủ hộ", FEMALE), "0978246153", null, 4, 3,
                    List.of(),
                    null,
                    List.of(goods(FROM_RICE, "Bánh gai Hồng Hà", IDEA_RETURNED,
                            "Bánh gai nhân đỗ xanh, dừa, gói lá chuối khô.")
                            .returnedFor("Cơ sở chưa có Giấy chứng nhận đủ điều kiện an toàn thực phẩm; đề nghị hoàn thiện rồi đăng ký lại ý tưởng."))),
            new ProducerRow("Tổ hợp tác Rau an toàn Liên Hồng", COOPERATIVE_GROUP, "0108530919", day(8, 10, 2018), LIEN_HONG,
                    "thôn Thượng Thôn", person("Phạm Văn Định", "Tổ trưởng", MALE), "0915604382", null, 27, 6,
                    List.of(manager("Phạm Thị Hòa", "Kế toán", "0915604383")),
                    new LegalFormRow(COOPERATIVE, day(20, 5, 2019), "Hợp tác xã Rau an toàn Liên Hồng", "Chủ nhiệm HTX",
                            "Tổ hợp tác đăng ký thành lập hợp tác xã theo Luật Hợp tác xã năm 2012"),
                    List.of(goods(FRESH_PRODUCE, "Rau muống an toàn Liên Hồng", DOSSIER_SUBMITTED,
                            "Rau muống trồng nước sạch theo VietGAP; bó 0,5 kg có tem truy xuất nguồn gốc."))),
            new ProducerRow("Hộ kinh doanh Ngô Thị Hạnh", HOUSEHOLD_BUSINESS, "01F8003718", day(3, 7, 2015), LIEN_HONG,
                    "thôn Hạ Thôn", person("Ngô Thị Hạnh", "Chủ hộ", FEMALE), "0967340518", null, 3, 2,
                    List.of(),
                    null,
                    List.of(goods(SPIRITS, "Rượu nếp cái hoa vàng Liên Hồng", DOSSIER_SUBMITTED,
                            "Rượu nếp cái hoa vàng nấu thủ công bằng men lá, hạ thổ 6 tháng, 29,5% vol; chai 500 ml.")
                            .returnedFor("Đề nghị bổ sung phiếu kết quả kiểm nghiệm hàm lượng methanol và giấy phép sản xuất rượu thủ công."))),
            new ProducerRow("Công ty TNHH Đồ gỗ mỹ nghệ Liên Hà", ENTERPRISE, "0105362198", day(8, 6, 2011), LIEN_HA,
                    "thôn Thù Lỗ", person("Lưu Văn Quyết", "Giám đốc", MALE), "0904183265", "dogoliengha@example.vn",
                    null, 35,
                    List.of(manager("Lưu Văn Thắng", "Phó Giám đốc", "0904183266"),
                            manager("Đinh Thị Yến", "Kế toán", "0982451730")),
                    null,
                    List.of(goods(CRAFT_HOUSEHOLD, "Tủ chè gỗ gụ khảm trai Liên Hà", DOSSIER_SUBMITTED,
                                    "Tủ chè gỗ gụ ta, chạm khắc và khảm trai thủ công; dài 1,97 m."),
                            goods(CRAFT_HOUSEHOLD, "Bộ bàn ghế gỗ hương chạm đào Liên Hà", DOSSIER_SUBMITTED,
                                    "Bộ bàn ghế phòng khách 6 món bằng gỗ hương, chạm tích đào thủ công."))),
            new ProducerRow("Hộ kinh doanh Lưu Văn Bình", HOUSEHOLD_BUSINESS, "01F8005193", day(14, 2, 2017), LIEN_HA,
                    "thôn Đại Phù", person("Lưu Văn Bình", "Chủ hộ", MALE), "0977513624", null, 4, 5,
                    List.of(),
                    null,
                    List.of(goods(CRAFT_DECORATION, "Tượng Di Lặc gỗ bách xanh Liên Hà", PREPARING,
                            "Tượng Di Lặc gỗ bách xanh đục tay, cao 30 cm, hoàn thiện bằng sơn PU mờ."))),
            new ProducerRow("Hợp tác xã Chế biến nông sản Hạ Mỗ", COOPERATIVE, "0107498525", day(20, 9, 2016), HA_MO,
                    "thôn Hạ Mỗ", person("Kiều Văn Thịnh", "Chủ nhiệm HTX", MALE), "0912375046",
                    "nongsanhamo@example.vn", 15, 20,
                    List.of(manager("Kiều Thị Loan", "Phó Giám đốc", "0912375047"),
                            manager("Nguyễn Văn Tú", "Kế toán", "0966502817")),
                    new LegalFormRow(ENTERPRISE, day(1, 3, 2019), "Công ty TNHH Nông sản Hạ Mỗ", "Giám đốc",
                            "Chuyển đổi hợp tác xã thành công ty TNHH để mở rộng sản xuất, kế thừa tài sản và người lao động"),
                    List.of(goods(FROM_VEGETABLES, "Miến dong Hạ Mỗ", DOSSIER_SUBMITTED,
                                    "Miến dong làm từ tinh bột củ dong riềng, không chất tẩy trắng, phơi nắng tự nhiên; túi 500 g."),
                            goods(FROM_RICE, "Bún khô Hạ Mỗ", DOSSIER_SUBMITTED,
                                    "Bún gạo khô sấy lạnh từ gạo tẻ địa phương; túi 400 g."))),
            new ProducerRow("Tổ hợp tác trồng hoa Hạ Mỗ", COOPERATIVE_GROUP, "05/2016/THT", day(22, 3, 2016), HA_MO,
                    "thôn Ích Vịnh", person("Trần Thị Hồng", "Tổ trưởng", FEMALE), "0986429173", null, 11, 6,
                    List.of(manager("Trần Văn Hậu", "Tổ phó", "0986429174")),
                    null,
                    List.of(goods(COSMETICS, "Nước hoa hồng Hạ Mỗ", IDEA_REGISTERED,
                            "Nước hoa hồng chưng cất từ cánh hoa hồng trồng tại xã; chai 100 ml.")
                            .returnedFor("Đề nghị bổ sung phiếu công bố sản phẩm mỹ phẩm và mô tả quy trình chưng cất."))),
            new ProducerRow("Công ty TNHH May mặc Liên Trung", ENTERPRISE, "0104025834", day(17, 7, 2009), LIEN_TRUNG,
                    "thôn Thượng Hội", person("Hoàng Thị Thu Trang", "Giám đốc", FEMALE), "0904725318",
                    "maylientrung@example.vn", null, 60,
                    List.of(manager("Nguyễn Văn Hải", "Quản đốc phân xưởng", "0913260748"),
                            manager("Hoàng Thị Yến", "Kế toán trưởng", "0904725319")),
                    null,
                    List.of(goods(TEXTILES, "Khăn mặt sợi tre Liên Trung", DOSSIER_SUBMITTED,
                            "Khăn mặt dệt từ 100% sợi tre, kháng khuẩn tự nhiên, 30 × 50 cm; hộp 3 chiếc."))),
            new ProducerRow("Hợp tác xã Nông nghiệp Liên Trung", COOPERATIVE, "0101293641", day(5, 11, 2003), LIEN_TRUNG,
                    "thôn Tháp Thượng", person("Đỗ Văn Hùng", "Chủ nhiệm HTX", MALE), "0913064285", null, 265, 10,
                    List.of(manager("Đỗ Thị Xuân", "Kế toán", "0913064286")),
                    null,
                    List.of(goods(RICE_GRAIN, "Gạo bắc hương Liên Trung", DOSSIER_SUBMITTED,
                                    "Gạo bắc hương vụ xuân, hạt nhỏ, cơm dẻo thơm; túi 5 kg."),
                            goods(FRESH_PRODUCE, "Ngô nếp Liên Trung", IDEA_REGISTERED,
                                    "Ngô nếp trắng trồng bãi, bán bắp tươi; bó 5 bắp."))),
            new ProducerRow("Hộ kinh doanh Phạm Thị Loan", HOUSEHOLD_BUSINESS, "8021933474", day(15, 10, 2013), PHUONG_DINH,
                    "thôn Ngọc Kiệu", person("Phạm Thị Loan", "Chủ hộ", FEMALE), "0966204813", null, 5, 7,
                    List.of(manager("Trần Văn Dũng", "Quản lý sản xuất", "0966204814")),
                    null,
                    List.of(goods(FROM_MEAT, "Giò lụa Phương Đình", DOSSIER_SUBMITTED,
                                    "Giò lụa làm từ thịt lợn nạc mông giã máy, gói lá chuối; cây 1 kg."),
                            goods(FROM_MEAT, "Chả quế Phương Đình", DOSSIER_SUBMITTED,
                                    "Chả quế nướng than hoa từ thịt lợn và bột quế; khoanh 0,5 kg."))),
            new ProducerRow("Hợp tác xã Dịch vụ nông nghiệp Thượng Mỗ", COOPERATIVE, "0100944185", day(9, 4, 1999),
                    THUONG_MO, "thôn Đại Phu", person("Nguyễn Văn Lợi", "Chủ nhiệm HTX", MALE), "0915872034", null, 230,
                    12,
                    List.of(manager("Lê Văn Kiên", "Phó Chủ nhiệm HTX", "0915872035"),
                            manager("Nguyễn Thị Huế", "Kế toán", "0979516203")),
                    null,
                    List.of(goods(FROM_VEGETABLES, "Đậu phụ Thượng Mỗ", DOSSIER_SUBMITTED,
                                    "Đậu phụ làm từ đỗ tương trồng tại xã, kết tủa bằng nước chua truyền thống; bìa 200 g."),
                            goods(SAUCES, "Tương nếp Thượng Mỗ", DOSSIER_SUBMITTED,
                                    "Tương làm từ gạo nếp và đỗ tương rang, ủ chum sành 3 tháng; chai 500 ml."))),
            new ProducerRow("Công ty cổ phần Nông nghiệp công nghệ cao Tân Hội", ENTERPRISE, "0108814727", day(24, 7, 2019),
                    TAN_HOI, "thôn Đông Khê", person("Lê Minh Đức", "Giám đốc", MALE), "0985172364",
                    "nnchc.tanhoi@example.vn", null, 16,
                    List.of(manager("Phan Thị Thủy", "Kế toán trưởng", "0985172365"),
                            manager("Lê Văn Quang", "Trưởng bộ phận kỹ thuật", "0943618207")),
                    null,
                    List.of(goods(FRESH_PRODUCE, "Dưa lưới Tân Hội", DOSSIER_SUBMITTED,
                                    "Dưa lưới trồng nhà màng, tưới nhỏ giọt; quả 1,5–2 kg, độ đường 14–16 Brix."),
                            goods(FRESH_PRODUCE, "Cà chua bi Tân Hội", PLAN_SUBMITTED,
                                    "Cà chua bi trồng thủy canh trong nhà màng; hộp 500 g."))),
            new ProducerRow("Tổ hợp tác sản xuất rau VietGAP Tân Hội", COOPERATIVE_GROUP, "03/2017/THT", day(2, 6, 2017),
                    TAN_HOI, "thôn Thượng Hội", person("Nguyễn Văn Tám", "Tổ trưởng", MALE), "0974238615", null, 15, 5,
                    List.of(manager("Nguyễn Thị Thắm", "Tổ phó", "0974238616")),
                    null,
                    List.of(goods(FRESH_PRODUCE, "Su hào VietGAP Tân Hội", DOSSIER_SUBMITTED,
                            "Su hào vụ đông trồng theo VietGAP, củ 0,3–0,5 kg, có tem truy xuất nguồn gốc."))),
            new ProducerRow("Hợp tác xã Hoa, cây cảnh Tân Lập", COOPERATIVE, "0103647198", day(12, 3, 2009), TAN_LAP,
                    "thôn Hạ Trì", person("Nguyễn Đức Thắng", "Chủ nhiệm HTX", MALE), "0912063847",
                    "hoacaycanh.tanlap@example.vn", 126, 18,
                    List.of(manager("Nguyễn Thị Mai", "Phó Chủ nhiệm HTX", "0912063848"),
                            manager("Trần Thị Bích", "Kế toán", "0983740261")),
                    null,
                    List.of(goods(OTHER_TEAS, "Trà hoa cúc Tân Lập", DOSSIER_SUBMITTED,
                                    "Trà hoa cúc vàng sấy lạnh từ cúc trồng tại vườn của hợp tác xã; hộp 50 g."),
                            service(RURAL_TOURISM, "Trải nghiệm vườn hoa Tân Lập", IDEA_ACCEPTED,
                                    "Tham quan vườn cúc, ly, chụp ảnh và học cắm hoa trong nửa ngày, cho đoàn 10–30 khách."))),
            new ProducerRow("Hộ kinh doanh Trần Văn Lâm", HOUSEHOLD_BUSINESS, "8005689123", day(7, 4, 2014), TAN_LAP,
                    "thôn Thượng Trì", person("Trần Văn Lâm", "Chủ hộ", MALE), "0983627150", null, 4, 12,
                    List.of(manager("Trần Thị Nhung", "Kế toán", "0983627151")),
                    new LegalFormRow(ENTERPRISE, day(10, 1, 2019), "Công ty TNHH Nấm sạch Tân Lập", "Giám đốc",
                            "Hộ kinh doanh chuyển đổi thành doanh nghiệp theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa"),
                    List.of(goods(FRESH_PRODUCE, "Nấm đùi gà Tân Lập", DOSSIER_SUBMITTED,
                            "Nấm đùi gà nuôi trồng trong nhà lạnh trên giá thể mùn cưa; khay 300 g."))),
            new ProducerRow("Tổ hợp tác sinh vật cảnh Tân Lập", COOPERATIVE_GROUP, "07/2018/THT", day(26, 2, 2018), TAN_LAP,
                    "thôn Hạ Trì", person("Vũ Văn Khoa", "Tổ trưởng", MALE), "0966318420", null, 8, 3,
                    List.of(),
                    null,
                    List.of(goods(CRAFT_DECORATION, "Bonsai sanh để bàn Tân Lập", IDEA_RETURNED,
                            "Cây sanh bonsai dáng trực, cao 30–40 cm, trồng chậu gốm.")
                            .returnedFor("Bộ tiêu chí theo Quyết định 1048/QĐ-TTg chưa có bộ sản phẩm sinh vật cảnh; đề nghị chờ hướng dẫn của Thành "
                                    + "phố về phân loại cây cảnh."))),
            new ProducerRow("Hợp tác xã Chăn nuôi Đan Phượng", COOPERATIVE, "0101669397", day(18, 8, 2004), DAN_PHUONG,
                    "thôn Thượng Thụy", person("Hà Văn Chiến", "Chủ nhiệm HTX", MALE), "0904536271", null, 45, 9,
                    List.of(manager("Hà Thị Tuyết", "Kế toán", "0904536272"),
                            manager("Nguyễn Văn Đông", "Cán bộ kỹ thuật", "0976150382")),
                    null,
                    List.of(goods(FRESH_MEAT_EGGS, "Trứng gà ta Đan Phượng", DOSSIER_SUBMITTED,
                            "Trứng gà ri nuôi thả vườn, ăn ngô và thóc; hộp 10 quả có tem truy xuất nguồn gốc."))),
            new ProducerRow("Hộ kinh doanh Kiều Thị Nga", HOUSEHOLD_BUSINESS, "01F8001864", day(12, 5, 2010), DAN_PHUONG,
                    "thôn Đan Hội", person("Kiều Thị Nga", "Chủ hộ", FEMALE), "0976014528", null, 4, 3,
                    List.of(),
                    null,
                    List.of(goods(FROM_RICE, "Bánh đa nem Đan Phượng", DOSSIER_SUBMITTED,
                            "Bánh đa nem tráng mỏng từ gạo tẻ, phơi nắng; túi 20 chiếc."))),
            new ProducerRow("Công ty TNHH Thực phẩm Đồng Tháp", ENTERPRISE, "0108761257", day(13, 5, 2019), DONG_THAP,
                    "thôn Bãi Tháp", person("Trần Quốc Bảo", "Giám đốc", MALE), "0913520684",
                    "thucphamdongthap@example.vn", null, 14,
                    List.of(manager("Trần Thị Ngân", "Kế toán", "0913520685")),
                    null,
                    List.of(goods(FROM_FISH, "Chả cá lăng Đồng Tháp", DOSSIER_SUBMITTED,
                            "Chả cá lăng quết tay, chiên vàng; khay 500 g bảo quản đông lạnh."))),
            new ProducerRow("Hợp tác xã Dịch vụ nông nghiệp Đồng Tháp", COOPERATIVE, "0101177451", day(27, 10, 2001),
                    DONG_THAP, "thôn Đồng Lạc", person("Nguyễn Văn Mạnh", "Chủ nhiệm HTX", MALE), "0915430726", null,
                    176, 10,
                    List.of(manager("Tạ Văn Hòa", "Phó Chủ nhiệm HTX", "0915430727"),
                            manager("Nguyễn Thị Thoa", "Kế toán", "0962381504")),
                    null,
                    List.of(goods(FRESH_PRODUCE, "Nấm sò Đồng Tháp", DOSSIER_SUBMITTED,
                            "Nấm sò trắng trồng trên rơm rạ ủ, thu hái trong ngày; túi 500 g."))),
            new ProducerRow("Hộ kinh doanh Nông Thị Hoa", HOUSEHOLD_BUSINESS, "01F8006275", day(8, 11, 2017), SONG_PHUONG,
                    "thôn Thu Quế", person("Nông Thị Hoa", "Chủ hộ", FEMALE, "Tày"), "0968471032", null, 3, 8,
                    List.of(),
                    null,
                    List.of(goods(CRAFT_DECORATION, "Tranh thêu tay phong cảnh làng quê", DOSSIER_SUBMITTED,
                            "Tranh thêu tay bằng chỉ tơ tằm trên nền lụa, khổ 40 × 60 cm, đóng khung gỗ."))));

    private DanPhuong2019() {
    }

    private static LocalDate day(int day, int month, int year) {
        return LocalDate.of(year, month, day);
    }

    private static Person person(String name, String title, String gender) {
        return new Person(name, title, gender, KINH);
    }

    private static Person person(String name, String title, String gender, String ethnicity) {
        return new Person(name, title, gender, ethnicity);
    }

    private static ManagerRow manager(String name, String position, String phone) {
        return new ManagerRow(name, position, phone);
    }

    /** Goods: five samples go with the dossier (148/QĐ-TTg). */
    private static ProductRow goods(long productSetId, String name, CycleStep step, String description) {
        return new ProductRow(productSetId, name, step, description, Product.REQUIRED_SAMPLES, null);
    }

    /** A service sends no samples. */
    private static ProductRow service(long productSetId, String name, CycleStep step, String description) {
        return new ProductRow(productSetId, name, step, description, null, null);
    }
}
