package vn.ocop.registration.entity;

/**
 * The items of a product's dossier (148/QĐ-TTg). Which are mandatory depends on the criteria
 * set the product is evaluated under: under 1048/QĐ-TTg the registration form, the business plan,
 * the description of the organisation and the business registration; under 148/QĐ-TTg the
 * registration form and the producer's self-assessment against the criteria. The rest is supporting
 * evidence. Photos of the product are kept with the dossier but are not one of its items.
 */
public enum DossierItem {
    REGISTRATION_FORM(true, true),
    SELF_ASSESSMENT(false, true),
    BUSINESS_PLAN(true, false),
    ORGANISATION_DESCRIPTION(true, false),
    BUSINESS_REGISTRATION(true, false),
    FOOD_SAFETY_CERTIFICATE(false, false),
    QUALITY_DECLARATION(false, false),
    /** A test report (phiếu kết quả kiểm nghiệm): its issuer and date are required. */
    TEST_REPORT(false, false),
    BARCODE_TRACEABILITY(false, false),
    INTELLECTUAL_PROPERTY(false, false),
    RAW_MATERIAL_ORIGIN(false, false),
    QUALITY_MANAGEMENT(false, false),
    PRODUCT_STORY(false, false),
    MARKET_EVIDENCE(false, false),
    OTHER(false, false),
    PHOTO(false, false);

    public static final String CRITERIA_1048 = "1048/QĐ-TTg";

    private final boolean mandatoryUnder1048;
    private final boolean mandatoryUnder148;

    DossierItem(boolean mandatoryUnder1048, boolean mandatoryUnder148) {
        this.mandatoryUnder1048 = mandatoryUnder1048;
        this.mandatoryUnder148 = mandatoryUnder148;
    }

    /** Whether the item must be in the dossier of a product evaluated under the criteria set. */
    public boolean mandatoryUnder(String criteriaSet) {
        return CRITERIA_1048.equals(criteriaSet) ? mandatoryUnder1048 : mandatoryUnder148;
    }

    /** Whether the item is a line of the checklist (photos are not). */
    public boolean inChecklist() {
        return this != PHOTO;
    }

    /** Whether a document of this item must say who issued it and when. */
    public boolean needsIssuer() {
        return this == TEST_REPORT;
    }
}
