package org.custodian.register;

/**
 * A transfer of data outside the EU with its Chapter V mechanism (REG-4).
 *
 * @param id        number
 * @param recipient who receives the data
 * @param country   where
 * @param mechanism adequacy, standard clauses, BCR or Art. 49 derogation
 * @param detail    the decision, the clauses' reference or the derogation relied on
 */
public record TransferView(long id, String recipient, String country, TransferMechanism mechanism, String detail) {
}
