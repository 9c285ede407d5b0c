package org.custodian.contacts;

/**
 * CON-9: what an imported row may change on the person it matches by e-mail. An import completes a person, it
 * never corrects nor erases one: each empty field takes the row's value, a filled field keeps its own (staff
 * may have corrected it since the file was exported), and a prospect becomes a customer when the row says so,
 * never the reverse. The audience (consumer or professional) never changes: it decides which fields a person
 * may have at all.
 */
final class ImportMerge {

    private ImportMerge() {
    }

    /** The stored data completed with the row's; equal to {@code stored} when the row brings nothing new. */
    static PersonData complete(PersonData stored, PersonData row) {
        var type = stored.type() == PersonType.PROSPECT && row.type() == PersonType.CUSTOMER
                ? PersonType.CUSTOMER : stored.type();
        return new PersonData(type, stored.audience(), or(stored.civility(), row.civility()),
                or(stored.lastName(), row.lastName()), or(stored.firstNames(), row.firstNames()),
                or(stored.email(), row.email()), or(stored.phone(), row.phone()),
                or(stored.birthDate(), row.birthDate()), or(stored.address(), row.address()),
                or(stored.company(), row.company()), or(stored.jobTitle(), row.jobTitle()),
                or(stored.accountingCode(), row.accountingCode()), or(stored.externalRef(), row.externalRef()),
                or(stored.notes(), row.notes()));
    }

    private static <T> T or(T stored, T row) {
        return stored != null ? stored : row;
    }
}
