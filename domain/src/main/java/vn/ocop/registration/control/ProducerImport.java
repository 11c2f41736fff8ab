package vn.ocop.registration.control;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.registration.control.WorkbookLayout.ProducerColumn;
import vn.ocop.registration.control.WorkbookLayout.ProductColumn;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Product;
import vn.ocop.registration.entity.ProductSet;
import vn.ocop.registration.entity.Representative;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.WorkbookLimits;
import vn.ocop.shared.control.VietnameseText;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads an uploaded workbook of producers (sheet "Chủ thể") and their products (sheet "Sản phẩm",
 * each naming its producer by tax code) and checks every row against the same rules as a
 * registration by hand: required fields, lengths, the tax code rules, the legal form, a known
 * commune (and the caller's own commune for a commune officer), a product set of the criteria set
 * in force, no tax code twice in the file or already registered, and a producer for every product
 * in the file or already registered. Every problem is listed with its sheet, row and column; the
 * records are built through the entities' constructors, so that a file imports all its rows or
 * none.
 */
public final class ProducerImport {

    public static final int MAX_MEGABYTES = 5;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    public static final int MAX_ROWS = 5_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, ProducerColumn> PRODUCER_FIELDS = Map.of("name", ProducerColumn.NAME,
            "type", ProducerColumn.TYPE, "taxCode", ProducerColumn.TAX_CODE, "commune", ProducerColumn.COMMUNE,
            "address", ProducerColumn.ADDRESS, "representativeName", ProducerColumn.REPRESENTATIVE,
            "members", ProducerColumn.MEMBERS, "workers", ProducerColumn.WORKERS);
    private static final Map<String, ProductColumn> PRODUCT_FIELDS = Map.of("name", ProductColumn.NAME);

    /**
     * What the database knows, as the boundary supplies it: the communes and product sets to choose
     * from, the producers already registered under some tax codes, the only commune allowed (a commune
     * officer's; null for the district office), today, and who imports when.
     */
    public record Reference(List<AdministrativeUnit> communes, List<ProductSet> productSets,
                            Function<Set<String>, Map<String, Producer>> producersByTaxCode, Long onlyCommuneId,
                            LocalDate today, LocalDateTime at, String actor) {
    }

    /** The preview, and the records to store when it has no problem (new, not yet persisted). */
    public record Plan(ImportPreview preview, List<Producer> producers, List<Product> products) {
    }

    private final Reference reference;
    private final Map<String, List<AdministrativeUnit>> communes = new HashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> producerRows = new HashMap<>();
    private final Set<String> typedInFile = new HashSet<>();
    private final Map<String, Producer> fromFile = new HashMap<>();
    private final Map<String, Integer> productRows = new HashMap<>();
    private final List<ImportPreview.ProducerLine> producerLines = new ArrayList<>();
    private final List<ImportPreview.ProductLine> productLines = new ArrayList<>();
    private final List<Producer> producers = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private Map<String, Producer> registered = Map.of();

    private ProducerImport(Reference reference) {
        this.reference = reference;
        for (AdministrativeUnit unit : reference.communes()) {
            for (String key : new LinkedHashSet<>(List.of(WorkbookLayout.key(unit.getName()), WorkbookLayout.key(unit.getCode()),
                    WorkbookLayout.key(communeLabel(unit))))) {
                communes.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
            }
        }
    }

    /** How the template lists a commune, unique even where a code or a name was reused after a merger. */
    public static String communeLabel(AdministrativeUnit unit) {
        return unit.getCode() + " - " + unit.getName();
    }

    /** How the template lists a product set. */
    public static String productSetLabel(ProductSet set) {
        return set.getCode() + " - " + set.getName();
    }

    /**
     * Checks an uploaded workbook. A file that is not an .xlsx workbook, is too large, has neither
     * sheet, no row or too many rows is refused as a whole (a broken rule about the field "file").
     */
    public static Plan check(byte[] content, Reference reference) {
        try (XSSFWorkbook workbook = WorkbookLimits.open(content, MAX_MEGABYTES)) {
            return new ProducerImport(reference).check(workbook);
        } catch (IOException e) {
            throw BusinessException.onField("file", "registration.import.notXlsx");
        }
    }

    private Plan check(XSSFWorkbook workbook) {
        ImportSheet<ProducerColumn> producerSheet = ImportSheet.find(workbook, WorkbookLayout.PRODUCERS, ProducerColumn.class, problems);
        ImportSheet<ProductColumn> productSheet = ImportSheet.find(workbook, WorkbookLayout.PRODUCTS, ProductColumn.class, problems);
        if (producerSheet == null && productSheet == null) {
            throw BusinessException.onField("file", "registration.import.noSheet", WorkbookLayout.PRODUCERS, WorkbookLayout.PRODUCTS);
        }
        List<Row> producerData = readable(producerSheet);
        List<Row> productData = readable(productSheet);
        if (producerData.size() + productData.size() > MAX_ROWS) {
            throw BusinessException.onField("file", "registration.import.tooManyRows", MAX_ROWS);
        }
        if (producerData.isEmpty() && productData.isEmpty() && problems.isEmpty()) {
            throw BusinessException.onField("file", "registration.import.noRows");
        }
        registered = reference.producersByTaxCode().apply(taxCodes(producerSheet, producerData, productSheet, productData));
        producerData.forEach(row -> producer(producerSheet, row));
        productData.forEach(row -> product(productSheet, row));
        ImportPreview preview = new ImportPreview(producerLines, productLines, problems);
        return preview.valid() ? new Plan(preview, producers, products) : new Plan(preview, List.of(), List.of());
    }

    private static List<Row> readable(ImportSheet<?> sheet) {
        return sheet == null || !sheet.complete() ? List.of() : sheet.rows(MAX_ROWS + 1);
    }

    private static Set<String> taxCodes(ImportSheet<ProducerColumn> producerSheet, List<Row> producerData,
                                        ImportSheet<ProductColumn> productSheet, List<Row> productData) {
        Set<String> codes = new HashSet<>();
        producerData.forEach(row -> add(codes, producerSheet.codeQuietly(row, ProducerColumn.TAX_CODE)));
        productData.forEach(row -> add(codes, productSheet.codeQuietly(row, ProductColumn.PRODUCER_TAX_CODE)));
        return codes;
    }

    private static void add(Set<String> codes, String code) {
        if (code != null) {
            codes.add(code);
        }
    }

    private void producer(ImportSheet<ProducerColumn> sheet, Row row) {
        int before = problems.size();
        String name = sheet.rule(row, ProducerColumn.NAME, () -> VietnameseText.required("name", sheet.text(row, ProducerColumn.NAME), 200));
        String typeText = sheet.text(row, ProducerColumn.TYPE);
        ProducerType type = type(sheet, row, typeText);
        String typed = sheet.code(row, ProducerColumn.TAX_CODE);
        if (typed != null) {
            typedInFile.add(typed);
        }
        String taxCode = sheet.rule(row, ProducerColumn.TAX_CODE, () -> TaxCodes.canonical(typed, type != null && type.needsTaxCode()));
        unique(sheet, row, taxCode);
        String communeText = sheet.text(row, ProducerColumn.COMMUNE);
        AdministrativeUnit commune = commune(sheet, row, communeText);
        String address = sheet.rule(row, ProducerColumn.ADDRESS, () -> VietnameseText.required("address", sheet.text(row, ProducerColumn.ADDRESS), 300));
        String representative = sheet.rule(row, ProducerColumn.REPRESENTATIVE,
                () -> VietnameseText.required("representativeName", sheet.text(row, ProducerColumn.REPRESENTATIVE), 120));
        String title = optional(sheet, row, ProducerColumn.TITLE, 120);
        String gender = gender(sheet, row);
        String ethnicity = optional(sheet, row, ProducerColumn.ETHNICITY, 60);
        String phone = optional(sheet, row, ProducerColumn.PHONE, 30);
        String email = email(sheet, row);
        Integer members = sheet.whole(row, ProducerColumn.MEMBERS);
        Integer workers = sheet.whole(row, ProducerColumn.WORKERS);
        LocalDate registeredOn = registeredOn(sheet, row);
        producerLines.add(new ImportPreview.ProducerLine(ImportSheet.number(row), name, type, typeText,
                taxCode == null ? typed : taxCode, commune == null ? communeText : commune.getName(), representative));
        if (problems.size() == before) {
            Producer producer = sheet.build(row, PRODUCER_FIELDS, () -> {
                Producer built = new Producer(name, type, taxCode, commune, address, new Representative(representative, title, gender, ethnicity));
                built.registeredOn(registeredOn);
                built.contact(phone, email);
                built.staff(members, workers);
                return built;
            });
            if (producer != null) {
                producers.add(producer);
                fromFile.put(taxCode, producer);
            }
        }
    }

    private ProducerType type(ImportSheet<ProducerColumn> sheet, Row row, String text) {
        if (text == null) {
            sheet.problem(row, ProducerColumn.TYPE, "error.required");
            return null;
        }
        String key = WorkbookLayout.key(text);
        for (ProducerType type : ProducerType.values()) {
            if (key.equals(WorkbookLayout.key(WorkbookLayout.label(type))) || key.equals(WorkbookLayout.key(type.name()))
                    || key.equals(WorkbookLayout.key(type.name().replace('_', ' ')))) {
                return type;
            }
        }
        sheet.problem(row, ProducerColumn.TYPE, "registration.import.unknownType", text);
        return null;
    }

    /** A tax code appears once in the file and is not registered yet. */
    private void unique(ImportSheet<ProducerColumn> sheet, Row row, String taxCode) {
        if (taxCode == null) {
            return;
        }
        Integer first = producerRows.putIfAbsent(taxCode, ImportSheet.number(row));
        if (first != null) {
            sheet.problem(row, ProducerColumn.TAX_CODE, "registration.import.duplicateInFile", first);
        } else if (registered.containsKey(taxCode)) {
            sheet.problem(row, ProducerColumn.TAX_CODE, "registration.taxCode.taken");
        }
    }

    private AdministrativeUnit commune(ImportSheet<ProducerColumn> sheet, Row row, String text) {
        if (text == null) {
            sheet.problem(row, ProducerColumn.COMMUNE, "error.required");
            return null;
        }
        List<AdministrativeUnit> found = communes.getOrDefault(WorkbookLayout.key(text), List.of());
        if (found.size() != 1) {
            sheet.problem(row, ProducerColumn.COMMUNE, found.isEmpty() ? "registration.import.unknownCommune"
                    : "registration.import.ambiguousCommune", text);
            return null;
        }
        AdministrativeUnit commune = found.get(0);
        if (reference.onlyCommuneId() != null && !reference.onlyCommuneId().equals(commune.getId())) {
            sheet.problem(row, ProducerColumn.COMMUNE, "registration.producer.outsideCommune");
            return null;
        }
        return commune;
    }

    private static String optional(ImportSheet<ProducerColumn> sheet, Row row, ProducerColumn column, int maxLength) {
        String text = sheet.text(row, column);
        if (text != null && text.length() > maxLength) {
            sheet.problem(row, column, "error.tooLong", maxLength);
            return null;
        }
        return text;
    }

    private static String gender(ImportSheet<ProducerColumn> sheet, Row row) {
        String text = sheet.text(row, ProducerColumn.GENDER);
        String key = WorkbookLayout.key(text);
        if (text == null) {
            return null;
        } else if (key.equals("nam") || key.equals("male")) {
            return WorkbookLayout.MALE;
        } else if (key.equals("nu") || key.equals("female")) {
            return WorkbookLayout.FEMALE;
        }
        sheet.problem(row, ProducerColumn.GENDER, "registration.import.unknownGender", text);
        return null;
    }

    private static String email(ImportSheet<ProducerColumn> sheet, Row row) {
        String text = optional(sheet, row, ProducerColumn.EMAIL, 120);
        if (text != null && !EMAIL.matcher(text).matches()) {
            sheet.problem(row, ProducerColumn.EMAIL, "registration.import.email", text);
            return null;
        }
        return text;
    }

    private LocalDate registeredOn(ImportSheet<ProducerColumn> sheet, Row row) {
        LocalDate day = sheet.date(row, ProducerColumn.REGISTERED_ON);
        if (day != null && day.isAfter(reference.today())) {
            sheet.problem(row, ProducerColumn.REGISTERED_ON, "registration.import.futureDate");
            return null;
        }
        return day;
    }

    private void product(ImportSheet<ProductColumn> sheet, Row row) {
        int before = problems.size();
        String taxCode = sheet.code(row, ProductColumn.PRODUCER_TAX_CODE);
        Producer producer = producerOf(sheet, row, taxCode);
        String name = sheet.rule(row, ProductColumn.NAME, () -> VietnameseText.required("name", sheet.text(row, ProductColumn.NAME), 200));
        String setText = sheet.text(row, ProductColumn.PRODUCT_SET);
        ProductSet set = productSet(sheet, row, setText);
        if (taxCode != null && name != null) {
            Integer first = productRows.putIfAbsent(taxCode + "|" + WorkbookLayout.key(name), ImportSheet.number(row));
            if (first != null) {
                sheet.problem(row, ProductColumn.NAME, "registration.import.duplicateInFile", first);
            }
        }
        productLines.add(new ImportPreview.ProductLine(ImportSheet.number(row), taxCode, name,
                set == null ? setText : set.getCode(), set == null ? null : set.getName()));
        if (problems.size() == before && producer != null) {
            Product product = sheet.build(row, PRODUCT_FIELDS, () -> new Product(producer, set, name, reference.at(), reference.actor()));
            if (product != null) {
                products.add(product);
            }
        }
    }

    /**
     * The producer a product names: one of the file (null, with no problem of its own, when that
     * producer's row has problems) or one already registered in the caller's scope.
     */
    private Producer producerOf(ImportSheet<ProductColumn> sheet, Row row, String taxCode) {
        if (taxCode == null) {
            sheet.problem(row, ProductColumn.PRODUCER_TAX_CODE, "error.required");
            return null;
        }
        if (typedInFile.contains(taxCode)) {
            return fromFile.get(taxCode);
        }
        Producer producer = registered.get(taxCode);
        if (producer == null) {
            sheet.problem(row, ProductColumn.PRODUCER_TAX_CODE, "registration.import.producerUnknown", taxCode);
            return null;
        }
        if (reference.onlyCommuneId() != null && !reference.onlyCommuneId().equals(producer.getCommune().getId())) {
            sheet.problem(row, ProductColumn.PRODUCER_TAX_CODE, "registration.producer.outsideCommune");
            return null;
        }
        return producer;
    }

    /** A product set of the criteria set in force, by its code ("I.3.c"), its label or its number. */
    private ProductSet productSet(ImportSheet<ProductColumn> sheet, Row row, String text) {
        if (text == null) {
            sheet.problem(row, ProductColumn.PRODUCT_SET, "error.required");
            return null;
        }
        String key = WorkbookLayout.key(text);
        String code = key.contains(" - ") ? key.substring(0, key.indexOf(" - ")) : key;
        for (ProductSet set : reference.productSets()) {
            if (code.equals(set.getCode().toLowerCase(Locale.ROOT)) || code.equals(String.valueOf(set.getNumber()))) {
                return set;
            }
        }
        sheet.problem(row, ProductColumn.PRODUCT_SET, "registration.import.unknownProductSet", text, WorkbookLayout.CRITERIA_SET);
        return null;
    }
}
