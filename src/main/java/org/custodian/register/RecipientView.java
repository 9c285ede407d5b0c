package org.custodian.register;

/**
 * A category of recipients of an activity (000 §6, 001 §6).
 *
 * @param kind        internal service, control authority, processor, third party or partner
 * @param description who they are, as the standard says
 */
public record RecipientView(RecipientKind kind, LocalizedText description) {
}
