package org.custodian.shared;

import java.util.Optional;

/**
 * The preference centre's address for modules that write to a person without owning it (the consent confirmation,
 * PRO-1): implemented by the module that keeps the links ({@code prospecting}), so that the others need not depend on
 * it. Take it as an {@code ObjectProvider} and say something true when it has no answer.
 */
public interface PreferenceCentre {

    /**
     * A new link to the person's preference centre, absolute, issued for their e-mail address on file; empty when
     * the person has no address (any more).
     */
    Optional<String> linkFor(PersonId person);
}
