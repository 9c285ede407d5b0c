package org.custodian.shared.personaldata;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.custodian.shared.PersonId;

/**
 * The e-mail addresses at which a person is known, for the holders that file rows by address rather than by person
 * (an outbox message written before it named its person). Implemented by the module that holds the addresses, which
 * erases last, so that they are still known while the others erase.
 */
public interface ContactAddresses {

    /** The person's e-mail addresses, lower-cased; empty when none is known (any more). */
    List<String> emailAddresses(PersonId person);

    /**
     * The e-mail addresses of every person of a batch, lower-cased, for the batch erasure (RET-3): one read, not one
     * per person.
     */
    Map<PersonId, List<String>> emailAddresses(Collection<PersonId> persons);
}
