package org.custodian.shared.web;

/**
 * A request carried a card security code (CON-6); it is refused before anything is stored.
 */
class CardSecurityCodeRefused extends RuntimeException {

    private final String name;

    CardSecurityCodeRefused(String name) {
        super("Card security code refused in input '" + name + "'");
        this.name = name;
    }

    String name() {
        return name;
    }
}
