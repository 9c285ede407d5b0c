package org.custodian.rights.web;

import java.time.LocalDate;
import java.util.Locale;

import org.custodian.rights.NewRightsRequest;
import org.custodian.rights.RequestAttachments.AttachedFile;
import org.custodian.rights.RequestChannel;
import org.custodian.rights.RightsKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff form of a request received by letter, call, e-mail or social network (DSR-1), with the letter or message
 * received as an optional file, and the language to write to the requester in (French unless they wrote in English).
 */
record RightsForm(RightsKind kind, RequestChannel channel,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, String email, String firstNames,
        String lastName, String postcode, String phone, String message, Locale language,
        MultipartFile attachment) {

    static RightsForm empty(LocalDate today) {
        return new RightsForm(RightsKind.ACCESS, RequestChannel.LETTER, today, null, null, null, null, null, null,
                Locale.FRENCH, null);
    }

    /** The file chosen, or null when none was; a file over the limit is passed on unread, to be refused. */
    AttachedFile attachedFile() {
        return Uploads.read(attachment);
    }

    NewRightsRequest toRequest() {
        return new NewRightsRequest(kind, channel, receivedOn, email, firstNames, lastName, postcode, phone, message,
                language);
    }
}
