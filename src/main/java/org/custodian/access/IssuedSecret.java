package org.custodian.access;

/**
 * A secret generated for an account or a token, shown once to the administrator and never stored in clear.
 *
 * @param id the account's or token's id
 * @param name the login or token name
 * @param value the password or token value
 */
public record IssuedSecret(long id, String name, String value) {

    @Override
    public String toString() {
        return "IssuedSecret[id=" + id + ", name=" + name + "]";
    }
}
