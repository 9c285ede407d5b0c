package org.custodian.shared;

/**
 * Base of every module's "no such record" exception; answered with 404 on the screens and the API.
 */
public abstract class RecordNotFound extends RuntimeException {

    protected RecordNotFound(String message) {
        super(message);
    }
}
