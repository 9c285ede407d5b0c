package org.custodian.contacts;

import java.time.Instant;

/**
 * A product family the organisation sells (PRO-2: a campaign names one; "similar products" for the soft opt-in means
 * the same family).
 *
 * @param code      upper-case letters, digits and underscores, e.g. {@code JARDIN}
 * @param retiredAt when the family stopped being offered for new purchases, or null
 * @param purchases how many purchases name it (a family in use cannot be deleted)
 */
public record ProductFamily(String code, String name, Instant retiredAt, long purchases) {

    public boolean retired() {
        return retiredAt != null;
    }
}
