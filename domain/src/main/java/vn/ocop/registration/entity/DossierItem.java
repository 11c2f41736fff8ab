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
    /**
     * The report on the product's 3 years of production and business since its recognition (raw materials, market,
     * quality declaration, what changed): a re-evaluation's dossier only, where it is mandatory.
     */
    PRODUCTION_REPORT(false, false),
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

    /** Whether the item must be in the dossier of a registration of this type under the criteria set. */
    public boolean mandatoryFor(String criteriaSet, RegistrationType type) {
        return this == PRODUCTION_REPORT ? type == RegistrationType.RE_EVALUATION : mandatoryUnder(criteriaSet);
    }

    /** Whether the item is a line of the checklist (photos are not). */
    public boolean inChecklist() {
        return this != PHOTO;
    }

    /** Whether the item is a line of the checklist of a registration of this type (the 3-year report: re-evaluation only). */
    public boolean inChecklist(RegistrationType type) {
        return inChecklist() && (this != PRODUCTION_REPORT || type == RegistrationType.RE_EVALUATION);
    }

    /**
     * Whether every registration needs a new one (the registration form ticks the registration type, the self-assessment
     * and the 3-year report are of this evaluation): such a document is never carried over to the next dossier.
     */
    public boolean renewedEachRegistration() {
        return this == REGISTRATION_FORM || this == SELF_ASSESSMENT || this == PRODUCTION_REPORT;
    }

    /** Whether a document of this item must say who issued it and when. */
    public boolean needsIssuer() {
        return this == TEST_REPORT;
    }
}
