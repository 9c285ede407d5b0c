package org.custodian.notices;

import org.custodian.shared.RecordNotFound;

/**
 * No collection form has this address, or the version asked for does not exist, or the form is closed.
 */
public class FormNotFound extends RecordNotFound {

    FormNotFound(String slug) {
        super("No collection form " + slug);
    }
}
