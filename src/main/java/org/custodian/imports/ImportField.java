package org.custodian.imports;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a CSV column can be imported as: a field of the person (CON-1) or, optionally, the consent the
 * person gave in the old file (purpose, channel, date), recorded without proof (CON-10).
 */
public enum ImportField {
    TYPE("type", "statut", "relation"),
    AUDIENCE("audience", "clientele", "clientèle"),
    CIVILITY("civility", "civilite", "civilité", "title"),
    LAST_NAME("lastName", "nom", "last name", "surname", "nom de famille"),
    FIRST_NAMES("firstNames", "prenom", "prénom", "prenoms", "prénoms", "first name", "first names"),
    EMAIL("email", "e-mail", "mail", "courriel", "adresse e-mail"),
    PHONE("phone", "telephone", "téléphone", "tel", "tél", "mobile"),
    BIRTH_DATE("birthDate", "date de naissance", "naissance", "birth date", "date of birth"),
    ADDRESS("address", "adresse", "adresse postale"),
    COMPANY("company", "societe", "société", "entreprise"),
    JOB_TITLE("jobTitle", "fonction", "poste", "job title"),
    ACCOUNTING_CODE("accountingCode", "code comptable", "compte", "accounting code"),
    EXTERNAL_REF("externalRef", "reference", "référence", "ref", "id", "identifiant", "external ref"),
    NOTES("notes", "note", "commentaire", "commentaires", "comment"),
    SECTOR("sector", "secteur", "secteur d'activite", "secteur d’activité", "secteur d'activité", "industry"),
    GENERIC_ADDRESS("genericAddress", "adresse generique", "adresse générique", "generic address", "generique"),
    COLLECTED_AT("collectedAt", "date de collecte", "collecte", "date collecte", "collection date", "collected on",
            "collected"),
    LAST_CONTACT_AT("lastContactAt", "dernier contact", "date du dernier contact", "dernier contact de la personne",
            "last contact", "last contact date", "last contact from the person"),
    PURCHASE_DATE("purchaseDate", "date d'achat", "date achat", "purchase date"),
    PRODUCT_FAMILY("productFamily", "famille de produits", "famille", "product family"),
    WARRANTY_END("warrantyEnd", "fin de garantie", "warranty end"),
    CONTRACT_END("contractEnd", "fin de contrat", "contract end"),
    EMAIL_COLLECTED_AT_SALE("emailCollectedAtSale", "e-mail recueilli à la vente", "email recueilli a la vente",
            "email collected at sale"),
    OPPOSITION_OFFERED("oppositionOffered", "opposition proposée", "opposition offerte", "opposition offered"),
    OPPOSED("opposed", "opposé", "opposée", "opposition exercée"),
    CONSENT_PURPOSE("consentPurpose", "finalite", "finalité", "consent purpose", "finalite du consentement"),
    CONSENT_CHANNEL("consentChannel", "canal", "consent channel", "canal du consentement"),
    CONSENT_DATE("consentDate", "date du consentement", "consent date", "date consentement");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final String key;
    private final List<String> aliases;

    ImportField(String key, String... aliases) {
        this.key = key;
        this.aliases = List.of(aliases);
    }

    /** The field's API name, also used in the error report ({@code accountingCode}). */
    public String key() {
        return key;
    }

    /** Whether this column describes a consent rather than the person. */
    public boolean consent() {
        return this == CONSENT_PURPOSE || this == CONSENT_CHANNEL || this == CONSENT_DATE;
    }

    /** Whether this column describes a purchase of the person (PRO-2, PRO-6). */
    public boolean purchase() {
        return this == PURCHASE_DATE || this == PRODUCT_FAMILY || this == WARRANTY_END || this == CONTRACT_END
                || this == EMAIL_COLLECTED_AT_SALE || this == OPPOSITION_OFFERED || this == OPPOSED;
    }

    /** The field with this API name ({@code lastName}), ignoring case. */
    public static Optional<ImportField> ofKey(String key) {
        for (var field : values()) {
            if (field.key.equalsIgnoreCase(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * The field a CSV header names, in French or English, ignoring case, accents, spaces, dashes and
     * underscores ({@code Prénom}, {@code first_name}, {@code lastName}).
     */
    public static Optional<ImportField> guess(String header) {
        var wanted = squash(header);
        for (var field : values()) {
            if (squash(field.key).equals(wanted)
                    || field.aliases.stream().anyMatch(alias -> squash(alias).equals(wanted))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Lower case letters and digits only, accents removed. */
    static String squash(String text) {
        if (text == null) {
            return "";
        }
        // Called for several columns of every imported row: plain ASCII, the usual case, needs no normalisation.
        var ascii = true;
        for (var i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        var letters = ascii ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        var squashed = new StringBuilder(letters.length());
        for (var i = 0; i < letters.length(); i++) {
            var c = Character.toLowerCase(letters.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                squashed.append(c);
            }
        }
        return squashed.toString();
    }
}
