package org.custodian.retention;

import org.custodian.shared.personaldata.DueRecords;
import org.springframework.stereotype.Component;

/** The legal holds as the modules' set-based reads test them (RET-5). */
@Component
class SweepHolds implements DueRecords.RetentionHolds {

    @Override
    public String notHeldPerson(String personIdExpression) {
        return LegalHolds.notHeldSql(personIdExpression);
    }

    @Override
    public String notHeldRequest(String requestIdExpression) {
        return LegalHolds.requestNotHeldSql(requestIdExpression);
    }
}
