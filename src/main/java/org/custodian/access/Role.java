package org.custodian.access;

/**
 * The staff authorisation profiles (SEC-2). Each becomes the Spring authority {@code ROLE_<name>}.
 */
public enum Role {
    ADMIN, DPO, SALES, MARKETING, SUPPORT, ACCOUNTING, ARCHIVIST;

    /**
     * The Spring Security authority granted by this role.
     */
    public String authority() {
        return "ROLE_" + name();
    }
}
