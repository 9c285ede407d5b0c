package org.custodian.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.custodian.shared.PersonId;

/** A contact from the person (PRO-6): on that day, of that kind; who recorded it and when. */
public record PersonContact(UUID id, PersonId personId, LocalDate date, ContactKind kind, Instant recordedAt,
        String recordedBy) {
}
