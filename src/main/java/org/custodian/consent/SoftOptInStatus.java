package org.custodian.consent;

/**
 * Where a person stands on the soft opt-in of one channel, from the latest evidence recorded (CPCE L.34-5 as quoted by
 * seed 003: « si le destinataire se voit offrir, de manière expresse et dénuée d'ambiguïté, la possibilité de s'opposer,
 * sans frais [...] et de manière simple, à l'utilisation de ses coordonnées lorsque celles-ci sont recueillies »).
 */
public enum SoftOptInStatus {
    /** The address was collected at a sale, the person was offered to object then and did not. */
    VALID,
    /** The person objected when the address was collected: no soft opt-in, and an objection on the channel. */
    OPPOSED,
    /** The person was not offered to object when the address was collected: the exception does not apply. */
    NO_OPPOSITION_OFFERED;

    /**
     * The derivation, in one place: an opposition wins; without the offer to object there is no soft opt-in.
     */
    public static SoftOptInStatus of(boolean oppositionOffered, boolean opposed) {
        if (opposed) {
            return OPPOSED;
        }
        return oppositionOffered ? VALID : NO_OPPOSITION_OFFERED;
    }
}
