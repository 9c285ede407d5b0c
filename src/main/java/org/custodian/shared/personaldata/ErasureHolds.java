package org.custodian.shared.personaldata;

import org.custodian.shared.PersonId;

/**
 * What keeps a person from erasure for now (RET-5): a legal hold, under which the right to erasure does not apply
 * (GDPR art. 17(3)(e), the establishment, exercise or defence of legal claims). Implemented by the module that keeps
 * the holds; asked, when present, by the modules that erase on a person's request, so that they refuse instead of
 * erasing what a litigation needs.
 */
public interface ErasureHolds {

    /** Whether a hold in force today keeps the person from erasure. */
    boolean held(PersonId person);
}
