package org.custodian.rights;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.register.OrganisationSettings;
import org.custodian.shared.CsvWriter;
import org.custodian.shared.CurrentActor;
import org.custodian.shared.PersonId;
import org.custodian.shared.PersonNames;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The answer to an access request (DSR-3) and to a portability request (DSR-4), built from every holder of personal
 * data of the application ({@link PersonalDataHolder}): a module that holds data about persons cannot be forgotten,
 * and the package holds the data itself, record by record — not the categories NESTOR answered with (seed 003). Every
 * generation is written to the access log as an export of the person's file.
 */
@Service
public class AccessPackages {

    /** The resource type of the audit entries, the person's file's (as {@code contacts.Persons} writes it). */
    static final String RESOURCE = "person";
    /** The holder of the access-log entries about the person: in the package only when the DPO includes them. */
    static final String ACCESS_LOG_SECTION = "audit";

    private final List<PersonalDataHolder> holders;
    private final AuditLog audit;
    private final OrganisationSettings organisation;
    private final ObjectProvider<PersonNames> names;
    private final AccessPackagePdf pdf;
    private final ObjectMapper json;
    private final Clock clock;

    AccessPackages(List<PersonalDataHolder> holders, AuditLog audit, OrganisationSettings organisation,
            ObjectProvider<PersonNames> names, AccessPackagePdf pdf, ObjectMapper json, Clock clock) {
        // the person's file itself first (the holder that erases last holds it), the access log last
        this.holders = holders.stream().sorted(Comparator.comparingInt(AccessPackages::order)).toList();
        this.audit = audit;
        this.organisation = organisation;
        this.names = names;
        this.pdf = pdf;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The access package as a JSON document: metadata, every record of every holder with all its fields, and the
     * retention rules in force.
     *
     * @param withAccessLog whether the access-log entries about the person are included (the DPO's choice)
     */
    @Transactional(readOnly = true)
    public byte[] json(PersonId person, boolean withAccessLog) {
        audit.personalData(AuditAction.EXPORT, RESOURCE, person.toString(), "access request (DSR-3)",
                "access package, JSON" + (withAccessLog ? ", access log included" : ""));
        var gathered = gather(person, withAccessLog);
        var document = new LinkedHashMap<String, Object>();
        document.put("package", gathered.metadata());
        document.put("sections", gathered.sections());
        document.put("retention", gathered.retention());
        return json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
    }

    /**
     * The access package as a readable PDF document in {@code locale} (French unless English is asked): a table per
     * kind of records with every field of every record, what is kept and for how long, and the person's rights.
     *
     * @param withAccessLog whether the access-log entries about the person are included (the DPO's choice)
     */
    @Transactional(readOnly = true)
    public byte[] pdf(PersonId person, Locale locale, boolean withAccessLog) {
        audit.personalData(AuditAction.EXPORT, RESOURCE, person.toString(), "access request (DSR-3)",
                "access package, PDF (" + locale.getLanguage() + ")" + (withAccessLog ? ", access log included" : ""));
        return pdf.render(gather(person, withAccessLog), locale);
    }

    /** The data the person provided on the basis of consent or contract ({@link PortableData}), as JSON. */
    @Transactional(readOnly = true)
    public byte[] portableJson(PersonId person) {
        audit.personalData(AuditAction.EXPORT, RESOURCE, person.toString(), "portability request (DSR-4)",
                "portable data, JSON");
        var gathered = gather(person, false);
        var data = new LinkedHashMap<String, Map<String, List<Map<String, Object>>>>();
        portable(gathered, (section, kind, record, rule) -> data.computeIfAbsent(section, key -> new LinkedHashMap<>())
                .computeIfAbsent(kind, key -> new ArrayList<>()).add(PortabilityFields.tree(record, rule)));
        var document = new LinkedHashMap<String, Object>();
        document.put("package", portability(gathered.metadata()));
        document.put("data", data);
        return json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document);
    }

    /**
     * The same portable data as CSV (the product's layout: {@code ;}, UTF-8 with its byte-order mark, formulas
     * neutralised), one line per field: section, kind, record number, field, value in ISO form.
     */
    @Transactional(readOnly = true)
    public byte[] portableCsv(PersonId person) {
        audit.personalData(AuditAction.EXPORT, RESOURCE, person.toString(), "portability request (DSR-4)",
                "portable data, CSV");
        var gathered = gather(person, false);
        var out = new ByteArrayOutputStream();
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (var csv = CsvWriter.start(writer, "section", "kind", "record", "field", "value")) {
            var numbers = new LinkedHashMap<String, Integer>();
            portable(gathered, (section, kind, record, rule) -> {
                var number = numbers.merge(section + "/" + kind, 1, Integer::sum);
                PortabilityFields.flat(record, rule)
                        .forEach(field -> csv.row(section, kind, number, field.getKey(), field.getValue()));
            });
        }
        return out.toByteArray();
    }

    /** Everything the holders keep about the person, the access log only when asked. */
    AccessPackage gather(PersonId person, boolean withAccessLog) {
        var sections = new ArrayList<SubjectExport>();
        var retention = new ArrayList<AccessPackage.Retention>();
        for (var holder : holders) {
            var accessLog = ACCESS_LOG_SECTION.equals(holder.section());
            holder.inventory().forEach(held -> retention.add(AccessPackage.Retention.of(holder.section(), held)));
            if (accessLog && !withAccessLog) {
                continue;
            }
            var export = holder.export(person);
            if (!export.isEmpty()) {
                sections.add(export);
            }
        }
        var settings = organisation.current();
        var controller = new AccessPackage.Controller(settings.name(), settings.address(),
                settings.registrationNumber(), settings.dpoName(), settings.dpoEmail(), settings.rightsEmail(),
                settings.rightsPostalAddress());
        var personNames = names.getIfAvailable();
        var name = personNames == null ? null : personNames.of(Set.of(person)).get(person);
        return new AccessPackage(new AccessPackage.Metadata("ACCESS", clock.instant(), CurrentActor.name(), person,
                name, controller, withAccessLog), sections, retention);
    }

    /** Where a holder's section stands in the package. */
    static int order(PersonalDataHolder holder) {
        return holder.erasesLast() ? 0 : ACCESS_LOG_SECTION.equals(holder.section()) ? 2 : 1;
    }

    private static AccessPackage.Metadata portability(AccessPackage.Metadata metadata) {
        return new AccessPackage.Metadata("PORTABILITY", metadata.generatedAt(), metadata.generatedBy(),
                metadata.person(), metadata.personName(), metadata.controller(), false);
    }

    private static void portable(AccessPackage gathered, PortableSink sink) {
        for (var section : gathered.sections()) {
            section.records().forEach((kind, records) -> PortableData.of(section.section(), kind)
                    .ifPresent(rule -> records.forEach(record -> sink.accept(section.section(), kind, record, rule))));
        }
    }

    private interface PortableSink {
        void accept(String section, String kind, Record record, PortableData.Rule rule);
    }
}
