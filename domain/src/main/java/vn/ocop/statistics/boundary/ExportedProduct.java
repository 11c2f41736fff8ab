package vn.ocop.statistics.boundary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One product as the flat export gives it to the province's and the national systems. The column names are a
 * contract: never rename or reorder them; add new ones at the end.
 *
 * @param stars the star class today (0: not rated)
 * @param certificateNumber the district certificate that gives the class today (none when the class comes from a
 *                          received decision of a higher level, or there is no class)
 * @param certificateValidUntil the last day of validity of the recognition that gives the class
 */
public record ExportedProduct(long productId, String productName, String productSetCode, String productGroup,
                              String producerName, String producerType, String taxCode, String communeCode,
                              String communeName, String districtCode, String provinceCode, String cycleStep, int stars,
                              String certificateNumber, LocalDate certificateValidUntil) {

    public static final List<String> COLUMNS = List.of("product_id", "product_name", "product_set_code", "product_group",
            "producer_name", "producer_type", "tax_code", "commune_code", "commune_name", "district_code", "province_code",
            "cycle_step", "stars", "certificate_number", "certificate_valid_until");

    /** The values in the order of {@link #COLUMNS}: numbers as numbers, dates as dates, the rest as text. */
    public List<Object> values() {
        return Arrays.asList(productId, productName, productSetCode, productGroup, producerName, producerType, taxCode,
                communeCode, communeName, districtCode, provinceCode, cycleStep, stars, certificateNumber, certificateValidUntil);
    }
}
