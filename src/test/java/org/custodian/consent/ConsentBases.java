package org.custodian.consent;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the satisfaction surveys and product studies rest on consent for one test, whatever basis another test class
 * chose for them in the shared database (NoticeFixture chooses the first option), and puts the choice back after.
 */
public final class ConsentBases {

    /** The purposes whose first basis the standard leaves to the controller, here chosen as consent. */
    public static final List<String> PURPOSES = List.of("CUSTOMER_RELATIONSHIP", "CUSTOMER_STUDIES");

    private final JdbcClient jdbc;
    private final List<Map<String, Object>> saved;

    private ConsentBases(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.saved = jdbc.sql("SELECT activity_code, basis FROM register_legal_basis WHERE activity_code IN (:codes)"
                        + " AND position = 1")
                .param("codes", PURPOSES).query().listOfRows();
    }

    /** Chooses consent for the first basis of {@link #PURPOSES}. */
    public static ConsentBases choose(JdbcClient jdbc) {
        var bases = new ConsentBases(jdbc);
        jdbc.sql("UPDATE register_legal_basis SET basis = 'CONSENT' WHERE activity_code IN (:codes) AND position = 1")
                .param("codes", PURPOSES).update();
        return bases;
    }

    /** Puts back the bases found before {@link #choose}. */
    public void restore() {
        for (var row : saved) {
            jdbc.sql("UPDATE register_legal_basis SET basis = ? WHERE activity_code = ? AND position = 1")
                    .params(row.get("basis"), row.get("activity_code")).update();
        }
    }
}
