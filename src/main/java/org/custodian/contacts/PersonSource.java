package org.custodian.contacts;

import org.custodian.shared.CurrentActor;

/**
 * CON-1: how a person came into the file, recorded at creation and offered as a filter of the list.
 */
public enum PersonSource {
    /** A CSV import. */
    IMPORT,
    /** A public collection form, filled by the person. */
    FORM,
    /** Another system, through the API (the web shop). */
    API,
    /** Typed by a staff member on a screen. */
    STAFF,
    /** Start-up work of the application itself, such as the demo data. */
    SYSTEM;

    /** The source of a person created by this actor ({@link CurrentActor#name()}); imports say so themselves. */
    static PersonSource ofActor(String actor) {
        if (actor.startsWith("api:")) {
            return API;
        }
        return switch (actor) {
            case CurrentActor.PUBLIC -> FORM;
            case CurrentActor.SYSTEM -> SYSTEM;
            default -> STAFF;
        };
    }
}
