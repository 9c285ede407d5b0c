package org.custodian.consent;

import java.time.Instant;

/**
 * Where one purpose × channel stands for a person now.
 */
public record ConsentState(String purpose, Channel channel, ConsentStatus status, Instant since, ProofKind proof) {

    /**
     * Whether this consent may be relied on for electronic prospecting (consent with proof, confirmed).
     */
    public boolean usableForElectronicProspecting() {
        return status == ConsentStatus.ACTIVE;
    }
}
