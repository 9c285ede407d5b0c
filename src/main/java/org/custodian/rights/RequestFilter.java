package org.custodian.rights;

/** The DPO's views of the requests (DSR-1). */
public enum RequestFilter {
    /** Open, not waiting, due today or within the six days after. */
    DUE_THIS_WEEK,
    /** Open, not waiting, past their deadline. */
    LATE,
    /** Waiting for the person: their deadline is paused. */
    WAITING,
    /** Every request still to answer. */
    OPEN,
    /** Every request, answered ones included. */
    ALL
}
