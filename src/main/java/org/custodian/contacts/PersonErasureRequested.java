package org.custodian.contacts;

import org.custodian.shared.PersonId;

/**
 * A person was deleted from the file: every module erases what it holds about them (DSR-5). Carries the id only,
 * since the event is itself stored until every holder has run.
 */
public record PersonErasureRequested(PersonId personId) {
}
