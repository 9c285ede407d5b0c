package org.custodian.rights;

/** The French public holidays (Labour Code art. L3133-1), named on the screens that explain a deadline. */
public enum PublicHoliday {
    NEW_YEAR, EASTER_MONDAY, LABOUR_DAY, VICTORY_1945, ASCENSION, WHIT_MONDAY, NATIONAL_DAY, ASSUMPTION, ALL_SAINTS,
    ARMISTICE_1918, CHRISTMAS
}
