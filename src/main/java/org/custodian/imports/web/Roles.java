package org.custodian.imports.web;

/** Who may import into the customer file: those who may create persons. */
final class Roles {

    static final String IMPORT = "hasAnyRole('SALES','SUPPORT')";

    private Roles() {
    }
}
