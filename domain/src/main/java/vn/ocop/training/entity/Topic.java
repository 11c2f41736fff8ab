package vn.ocop.training.entity;

/** What a course teaches (reference §7, typical course content). */
public enum Topic {
    PROGRAMME_AND_CYCLE, EVALUATION_CRITERIA, DOSSIER_PREPARATION, PRODUCT_STORY, BUSINESS_MANAGEMENT, MARKETING,
    QUALITY_AND_FOOD_SAFETY, SUPPORT_POLICIES, TRADE_PROMOTION, COUNCIL_RULES
}
