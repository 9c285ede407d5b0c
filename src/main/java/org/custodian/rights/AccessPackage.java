package org.custodian.rights;

import java.time.Instant;
import java.util.List;

import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.SubjectExport;

/**
 * Everything Custodian holds on one person, gathered from every holder of personal data (DSR-3): the records
 * themselves, section by section, and the retention rules in force for each table that holds them.
 *
 * @param metadata  who answers, for whom, when
 * @param sections  one export per holder that keeps something about the person, in the holders' order
 * @param retention the retention rule of every table of every holder, what happens at its end included
 */
record AccessPackage(Metadata metadata, List<SubjectExport> sections, List<Retention> retention) {

    AccessPackage {
        sections = List.copyOf(sections);
        retention = List.copyOf(retention);
    }

    /** How many records the package holds, all sections together. */
    int recordCount() {
        return sections.stream().flatMap(section -> section.records().values().stream()).mapToInt(List::size).sum();
    }

    /**
     * @param kind              {@code ACCESS} (Art. 15) or {@code PORTABILITY} (Art. 20)
     * @param generatedAt       when the package was generated
     * @param generatedBy       the staff member or API token that generated it
     * @param person            the person's id in the file
     * @param personName        the person's name while on file, else null
     * @param controller        the controller answering (the register's organisation settings)
     * @param accessLogIncluded whether the DPO included the access-log entries about the person
     */
    record Metadata(String kind, Instant generatedAt, String generatedBy, PersonId person, String personName,
            Controller controller, boolean accessLogIncluded) {
    }

    /** The controller as the organisation settings name it; a field not filled in yet is null. */
    record Controller(String name, String address, String registrationNumber, String dpoName, String dpoEmail,
            String rightsEmail, String rightsPostalAddress) {
    }

    /**
     * The retention rule of one table.
     *
     * @param section          the holder's section
     * @param table            the table
     * @param dataCategories   what it holds, in categories
     * @param registerActivity the register's processing activity it serves
     * @param rule             how long it is kept and what happens then
     */
    record Retention(String section, String table, List<String> dataCategories, String registerActivity,
            String rule) {

        static Retention of(String section, HeldData held) {
            return new Retention(section, held.table(), held.dataCategories(), held.registerActivity(),
                    held.retention());
        }
    }
}
