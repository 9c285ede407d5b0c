package org.custodian.shared.web;

/**
 * A text input carried a control character (SEC-1); it is refused before anything is stored or searched.
 */
class ControlCharacterRefused extends RuntimeException {

    private final String name;

    ControlCharacterRefused(String name) {
        super("Control character refused in input '" + name + "'");
        this.name = name;
    }

    /** The parameter name or JSON path of the input. */
    String name() {
        return name;
    }
}
