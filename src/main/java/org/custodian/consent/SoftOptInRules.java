package org.custodian.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.custodian.shared.Violation;

/**
 * What a soft opt-in evidence must state to prove anything (issue 9 §1), checked whoever records it: the channel is
 * one CPCE L.34-5 lets the exception cover (electronic mail: e-mail and SMS); the sale is named and the collection is
 * dated, not in the future; an offer to object says how it was made; and the proof is the one of its kind, as for a
 * consent — staff's statement, the shop's page with the buyer's IP address and browser, or the form and its version.
 */
final class SoftOptInRules {

    private SoftOptInRules() {
    }

    static List<Violation> check(SoftOptInEvidence evidence, LocalDate today) {
        var violations = new ArrayList<Violation>();
        if (evidence.personId() == null) {
            violations.add(violation("personId", "unknown-person", "consent.error.person"));
        }
        if (!ConsentLedger.SOFT_OPT_IN_CHANNELS.contains(evidence.channel())) {
            violations.add(violation("channel", "soft-opt-in-channel", "consent.softOptIn.error.channel"));
        }
        if (blank(evidence.saleReference())) {
            violations.add(violation("saleReference", "required", "consent.api.error.required"));
        } else if (evidence.saleReference().strip().length() > SoftOptInEvidence.MAX_SALE_REFERENCE) {
            violations.add(new Violation("saleReference", "too-long", "consent.api.error.tooLong",
                    List.of(SoftOptInEvidence.MAX_SALE_REFERENCE)));
        }
        if (evidence.collectedOn() == null) {
            violations.add(violation("collectedOn", "required", "consent.api.error.required"));
        } else if (evidence.collectedOn().isAfter(today)) {
            violations.add(violation("collectedOn", "future-date", "consent.softOptIn.error.future"));
        }
        if (evidence.oppositionOffered() && blank(evidence.oppositionHow())) {
            violations.add(violation("oppositionHow", "required", "consent.softOptIn.error.oppositionHow"));
        } else if (evidence.oppositionHow() != null
                && evidence.oppositionHow().strip().length() > SoftOptInEvidence.MAX_OPPOSITION_HOW) {
            violations.add(new Violation("oppositionHow", "too-long", "consent.api.error.tooLong",
                    List.of(SoftOptInEvidence.MAX_OPPOSITION_HOW)));
        }
        checkProof(evidence, violations);
        return violations;
    }

    private static void checkProof(SoftOptInEvidence evidence, List<Violation> violations) {
        if (evidence.proof() == null || evidence.proof() == ProofKind.IMPORT_WITHOUT_PROOF) {
            violations.add(violation("proof", "soft-opt-in-proof", "consent.softOptIn.error.proof"));
            return;
        }
        switch (evidence.proof()) {
            case STAFF -> {
                if (blank(evidence.source())) {
                    violations.add(violation("source", "required", "consent.softOptIn.error.statement"));
                } else if (evidence.source().strip().length() > 200) {
                    violations.add(new Violation("source", "too-long", "consent.api.error.tooLong", List.of(200)));
                }
            }
            case API, FORM -> {
                if (blank(evidence.ip())) {
                    violations.add(violation("ip", "required", "consent.api.error.required"));
                } else if (!ProofOrigin.isIpAddress(evidence.ip())) {
                    violations.add(violation("ip", "ip", "consent.error.ip"));
                }
                if (blank(evidence.userAgent())) {
                    violations.add(violation("userAgent", "required", "consent.api.error.required"));
                }
                if (blank(evidence.source())) {
                    violations.add(violation("source", "required", "consent.api.error.required"));
                } else if (evidence.proof() == ProofKind.API && !ProofOrigin.isSource(evidence.source().strip())) {
                    violations.add(new Violation("source", "source", "consent.api.error.source",
                            List.of(String.join(", ", ProofOrigin.SOURCE_LABELS))));
                } else if (evidence.source().strip().length() > 200) {
                    violations.add(new Violation("source", "too-long", "consent.api.error.tooLong", List.of(200)));
                }
                if (evidence.proof() == ProofKind.FORM && (blank(evidence.formRef()) || evidence.formVersion() == null)) {
                    violations.add(violation("formRef", "required", "consent.api.error.required"));
                }
            }
            default -> {
            }
        }
    }

    /** A browser's name as the ledger keeps it (its first 500 characters). */
    static String userAgent(String userAgent) {
        return ConsentSubmission.cutUserAgent(userAgent);
    }

    private static Violation violation(String field, String rule, String key) {
        return new Violation(field, rule, key, List.of());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
