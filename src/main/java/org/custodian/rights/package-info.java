/**
 * Data-subject rights requests (DSR-1, DSR-2, RET-4): every request — access, rectification, erasure, restriction,
 * objection, portability, withdrawal of consent, human review — recorded from whatever channel it came (a letter, a
 * call, an e-mail, a social-network message, a web shop's API) with its date of receipt as stated; its legal deadline
 * counted as Regulation (EEC, Euratom) 1182/71 counts a month ({@link org.custodian.rights.LegalMonth}, with the
 * French public holidays), extended by two months with a reason told to the person, paused while the person is asked
 * for a proof of identity; the requester matched to persons of the file by a human who sees the candidates and their
 * confidence; the DPO's list of what is due this week, late or waiting for the person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rights",
        allowedDependencies = { "audit", "contacts", "mail", "register", "shared" })
package org.custodian.rights;
