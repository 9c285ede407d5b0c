package org.custodian.rights;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The package of a request (DSR-3, DSR-4): the access package, or the portable data, of the persons a human matched
 * to the request, built by {@link AccessPackages} (which writes each generation to the access log as an export of
 * the person's file; this class adds no entry of its own, the read of the request aside).
 *
 * <p><b>Several matched persons.</b> Matching never merges (DSR-1): one requester may be several records of the file
 * (two addresses, a record made by the import and one by the shop). The person asked for everything held on them, so
 * the package holds each matched record, one after the other, in the order they were matched — NESTOR's failure was
 * an incomplete answer, and a DPO who had to download and send several packages could forget one. The JSON is then
 * {@code {"persons": [package, package…]}} (each element the document of {@link AccessPackages#json} or
 * {@link AccessPackages#portableJson}); the PDF is each person's document, one after the other; the CSV has one
 * more column, {@code person}, numbering the records 1, 2… With one matched person, each file is exactly the
 * person's package.
 */
@Service
public class RequestPackages {

    /** A file format of a package. */
    public enum Format {
        PDF("application/pdf", "pdf"), JSON("application/json", "json"), CSV("text/csv;charset=UTF-8", "csv");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A built file: its name as the person receives it, its media type and bytes. */
    public record Built(String name, String mediaType, byte[] content) {
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final RightsRequestRepository requests;
    private final AccessPackages packages;
    private final AuditLog audit;
    private final ObjectMapper json;

    RequestPackages(RightsRequestRepository requests, AccessPackages packages, AuditLog audit, ObjectMapper json) {
        this.requests = requests;
        this.packages = packages;
        this.audit = audit;
        this.json = json;
    }

    /**
     * The access package (portable false: PDF or JSON) or the portable data (portable true: JSON or CSV) of the
     * persons matched to the request, whatever its kind.
     *
     * @throws AnswerRefused (conflict) when no person is matched yet, or (invalid) for a format the package has not
     * @throws RightsRequestNotFound when there is no such request
     */
    @Transactional
    public Built build(UUID id, Format format, boolean portable, boolean withAccessLog, Locale locale) {
        requests.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
        return matchedPersons(id, format, portable, withAccessLog, locale);
    }

    /**
     * The package as {@link #build(UUID, Format, boolean, boolean, Locale)} builds it, its PDF in the requester's
     * language (DSR-3: French unless they wrote in English).
     */
    @Transactional
    public Built build(UUID id, Format format, boolean portable, boolean withAccessLog) {
        var request = requests.find(id).orElseThrow(() -> RightsRequestNotFound.forId(id));
        return matchedPersons(id, format, portable, withAccessLog, request.language());
    }

    private Built matchedPersons(UUID id, Format format, boolean portable, boolean withAccessLog, Locale locale) {
        var persons = persons(id);
        audit.personalData(AuditAction.READ, RightsRequests.RESOURCE, id.toString(), null,
                (portable ? "portable data" : "access package") + " built for the request, "
                        + format.extension() + ", " + persons.size() + " matched person(s)");
        return build(persons, format, portable, withAccessLog, locale);
    }

    /** The persons matched to the request, in the order they were matched; refused when there is none. */
    List<PersonId> persons(UUID id) {
        var persons = requests.matches(id).stream().map(MatchedPerson::personId).toList();
        if (persons.isEmpty()) {
            throw AnswerRefused.conflict("personId", "DSR-7.match-first");
        }
        return persons;
    }

    Built build(List<PersonId> persons, Format format, boolean portable, boolean withAccessLog, Locale locale) {
        var base = portable ? "donnees-portables" : "donnees-personnelles";
        if (portable && format == Format.PDF || !portable && format == Format.CSV) {
            throw AnswerRefused.invalid("format", portable ? "DSR-7.portable-format" : "DSR-7.access-format");
        }
        byte[] content = switch (format) {
            case PDF -> pdf(persons.stream().map(person -> packages.pdf(person, locale, withAccessLog)).toList());
            case JSON -> json(persons.stream().map(person -> portable ? packages.portableJson(person)
                    : packages.json(person, withAccessLog)).toList());
            case CSV -> csv(persons.stream().map(packages::portableCsv).toList());
        };
        return new Built(base + "." + format.extension(), format.mediaType(), content);
    }

    private static byte[] pdf(List<byte[]> documents) {
        if (documents.size() == 1) {
            return documents.get(0);
        }
        var merger = new PDFMergerUtility();
        documents.forEach(document -> merger.addSource(new RandomAccessReadBuffer(document)));
        var out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        try {
            merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] json(List<byte[]> documents) {
        if (documents.size() == 1) {
            return documents.get(0);
        }
        var root = json.createObjectNode();
        var array = root.putArray("persons");
        documents.forEach(document -> array.add(json.readTree(document)));
        return json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    }

    /**
     * The CSV files of several persons as one, a first column {@code person} numbering them: each file is the
     * product's layout (byte-order mark, one header line, CRLF between records, which a quoted value never holds
     * unquoted), so each record after the header is prefixed, the header kept once.
     */
    private static byte[] csv(List<byte[]> documents) {
        if (documents.size() == 1) {
            return documents.get(0);
        }
        var out = new StringBuilder();
        for (var index = 0; index < documents.size(); index++) {
            var text = new String(documents.get(index), java.nio.charset.StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            var records = records(text);
            if (index == 0 && !records.isEmpty()) {
                out.append("person;").append(records.get(0)).append("\r\n");
            }
            for (var record : records.subList(Math.min(1, records.size()), records.size())) {
                out.append(index + 1).append(';').append(record).append("\r\n");
            }
        }
        var bytes = out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var all = new byte[BOM.length + bytes.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(bytes, 0, all, BOM.length, bytes.length);
        return all;
    }

    /** The records of a CSV text: split at line ends outside quotes. */
    static List<String> records(String text) {
        var records = new java.util.ArrayList<String>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\r' || c == '\n')) {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                records.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.isEmpty()) {
            records.add(current.toString());
        }
        return records;
    }
}
