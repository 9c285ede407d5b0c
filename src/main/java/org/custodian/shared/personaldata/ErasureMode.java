package org.custodian.shared.personaldata;

/**
 * Why data is erased, which decides what each holder deletes, anonymises or keeps.
 */
public enum ErasureMode {

    /**
     * The person is deleted from the file (a DPO's deletion, a granted erasure request, DSR-5): everything goes
     * except what a legal duty or the proof of the person's own choices requires to keep, anonymised as far as that
     * purpose allows.
     */
    ERASE
}
