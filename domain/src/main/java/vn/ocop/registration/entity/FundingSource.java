package vn.ocop.registration.entity;

/** Where the money of a support came from (the plan's funding sources). */
public enum FundingSource {
    CITY_BUDGET, DISTRICT_BUDGET, COMMUNE_BUDGET, INTEGRATED_PROGRAMMES, PRODUCER_AND_OTHER
}
