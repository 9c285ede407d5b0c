package org.custodian.contacts;

import org.custodian.shared.RecordNotFound;

/** No product family has this code. */
public class ProductFamilyNotFound extends RecordNotFound {

    private ProductFamilyNotFound(String message) {
        super(message);
    }

    static ProductFamilyNotFound forCode(String code) {
        return new ProductFamilyNotFound("No product family with code " + code);
    }
}
