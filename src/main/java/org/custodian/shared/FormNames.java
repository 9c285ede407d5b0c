package org.custodian.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Names of collection forms for modules that hold a form's reference without owning the forms (the consent ledger
 * and the sensitive data keep the slug and version a consent was given on): implemented by the module that keeps the
 * forms, so that the others need not depend on it. A proof shown to a person or the CNIL names the form by the title
 * its visitors saw, never by its address.
 */
public interface FormNames {

    /**
     * One version of a form, as a proof refers to it.
     *
     * @param slug    the form's address ({@code /p/forms/{slug}})
     * @param version the version the consent was given on; null when the proof does not say
     */
    record Version(String slug, Integer version) {
    }

    /**
     * The title of each of these versions that exists, in one lookup (a version not given: the form's current title);
     * a version absent from the answer is no form Custodian holds.
     */
    Map<Version, String> titles(Collection<Version> versions);
}
