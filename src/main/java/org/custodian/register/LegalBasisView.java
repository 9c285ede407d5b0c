package org.custodian.register;

import java.util.List;

/**
 * One legal basis of an activity: the basis the controller chose for the case it applies to (REG-1, INF-1).
 *
 * @param basis     the Art. 6 basis; null while the controller has not chosen among {@code options}
 * @param condition the case or channel it applies to, as published; absent when it always applies
 * @param options   the bases the standard allows for this case, when it leaves the choice to the controller
 * @param guidance  what the standard says about the choice: shown to the DPO, never published
 */
public record LegalBasisView(LegalBasis basis, LocalizedText condition, List<LegalBasis> options,
        LocalizedText guidance) {

    public LegalBasisView {
        options = options == null ? List.of() : List.copyOf(options);
        condition = condition == null ? new LocalizedText(null, null) : condition;
        guidance = guidance == null ? new LocalizedText(null, null) : guidance;
    }

    /**
     * Whether the controller still has to choose the basis: nothing is published until they do.
     */
    public boolean isOpen() {
        return basis == null;
    }
}
