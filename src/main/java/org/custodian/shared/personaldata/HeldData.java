package org.custodian.shared.personaldata;

import java.util.List;
import java.util.Objects;

/**
 * One table of personal data, described without any value: what it holds, for which activity of the register, and
 * how long.
 *
 * @param table            the table's name in the schema
 * @param dataCategories   the categories of data it holds (identification, contact, consent proof, connection data …)
 * @param registerActivity the code of the register's processing activity this data serves
 * @param retention        the retention rule that applies, in words
 */
public record HeldData(String table, List<String> dataCategories, String registerActivity, String retention) {

    public HeldData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(registerActivity, "registerActivity");
        Objects.requireNonNull(retention, "retention");
        dataCategories = List.copyOf(dataCategories);
    }
}
