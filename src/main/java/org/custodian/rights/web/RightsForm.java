package org.custodian.rights.web;

import java.time.LocalDate;

import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.springframework.format.annotation.DateTimeFormat;

/** The staff form of a request received by letter, call, e-mail or social network (DSR-1). */
record RightsForm(RightsKind kind, RequestChannel channel,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, String email, String firstNames,
        String lastName, String postcode, String phone, String message) {

    static RightsForm empty(LocalDate today) {
        return new RightsForm(RightsKind.ACCESS, RequestChannel.LETTER, today, null, null, null, null, null, null);
    }

    NewRightsRequest toRequest() {
        return new NewRightsRequest(kind, channel, receivedOn, email, firstNames, lastName, postcode, phone, message);
    }
}
