package org.custodian.prospecting;

import java.util.List;

import org.custodian.consent.ConsentState;
import org.custodian.consent.ConsentStatus;

/**
 * What the preference centre shows a person (PRO-1): where each purpose × channel stands, from the consent ledger.
 *
 * @param erased   the person was erased: nothing is held any more, only the one-click objection remains
 * @param consents every purpose × channel with a record, in the ledger's order; empty when erased
 */
public record Preferences(boolean erased, List<ConsentState> consents) {

    public Preferences {
        consents = List.copyOf(consents);
    }

    /** Whether {@code state} is a consent the person can withdraw now. */
    public static boolean withdrawable(ConsentState state) {
        return state.status() == ConsentStatus.ACTIVE || state.status() == ConsentStatus.ACTIVE_WITHOUT_PROOF;
    }

    /** Whether {@code state} is a consent the person can withdraw now, for the page. */
    public boolean canWithdraw(ConsentState state) {
        return withdrawable(state);
    }
}
