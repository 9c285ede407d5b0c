package org.custodian.contacts;

/** The civility a person asked to be addressed with; optional, and never required to serve anyone. */
public enum Civility {
    MR, MS
}
