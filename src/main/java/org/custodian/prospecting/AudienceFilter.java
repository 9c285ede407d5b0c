package org.custodian.prospecting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonType;

/**
 * Who a campaign looks at before the rules of law decide (PRO-2, issue 9 §2): filters on the file's ordinary data
 * only. There is no filter on a sensitive category (CON-4): none can be expressed here, and the API refuses one.
 * An empty set or a null bound filters nothing.
 *
 * @param types                  prospects, customers, or both
 * @param audiences              consumers, professionals, or both
 * @param productFamiliesBought  product family codes of which the person bought at least one
 * @param postcodePrefixes       French postcodes or their beginning (a department: «75», «2A», «974»)
 * @param createdFrom            entered the file on or after this day
 * @param createdTo              entered the file on or before this day
 * @param lastContactFrom        last contact from the person on or after this day
 * @param lastContactTo          last contact from the person on or before this day
 */
public record AudienceFilter(Set<PersonType> types, Set<Audience> audiences, Set<String> productFamiliesBought,
        List<String> postcodePrefixes, LocalDate createdFrom, LocalDate createdTo, LocalDate lastContactFrom,
        LocalDate lastContactTo) {

    public AudienceFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        productFamiliesBought = productFamiliesBought == null ? Set.of() : Set.copyOf(productFamiliesBought);
        postcodePrefixes = postcodePrefixes == null ? List.of() : List.copyOf(postcodePrefixes);
    }

    /** The whole file. */
    public static AudienceFilter everyone() {
        return new AudienceFilter(null, null, null, null, null, null, null, null);
    }
}
