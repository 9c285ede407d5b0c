package org.custodian.contacts;

import java.time.LocalDate;

/**
 * What staff, the API or the import state about a purchase (see {@link Purchase}); an absent yes/no fact is "no".
 */
public record PurchaseData(
        LocalDate date,
        String productFamily,
        LocalDate warrantyEnd,
        LocalDate contractEnd,
        Boolean emailCollectedAtSale,
        Boolean oppositionOffered,
        Boolean opposed) {
}
