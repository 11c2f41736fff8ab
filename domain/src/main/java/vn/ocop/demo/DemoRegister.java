package vn.ocop.demo;

import java.time.LocalDate;

/**
 * Plausible numbers of the People's Committees' registers for the demonstration's decisions: a register numbers all
 * the decisions of its body in a year, so a decision's number grows with its day of the year at the body's pace (the
 * former district about 8 decisions a day: its council's decision of 28/10/2019 is 2468/QĐ-UBND; the City about 15:
 * its decision of 10/04/2020 is 1578/QĐ-UBND). Invented numbers, in order with the dates.
 */
final class DemoRegister {

    private DemoRegister() {
    }

    /** A number of the former district's register for a decision signed on that day. */
    static String district(LocalDate signedOn) {
        return (signedOn.getDayOfYear() * 82 / 10 + 11) + "/QĐ-UBND";
    }

    /** A number of the City's register for a decision signed on that day. */
    static String city(LocalDate signedOn) {
        return (signedOn.getDayOfYear() * 156 / 10 + 31) + "/QĐ-UBND";
    }
}
