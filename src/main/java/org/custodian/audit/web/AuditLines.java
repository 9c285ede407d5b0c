package org.custodian.audit.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodian.audit.AuditEntryView;
import org.custodian.audit.AuditLog;
import org.custodian.shared.PersonId;
import org.custodian.shared.PersonNames;
import org.custodian.shared.StaffNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the log's entries into words for the DPO (issue 8 §2): actions, records, purposes and the details Custodian
 * writes become sentences of the messages, and the persons the entries are about get their names — looked up in
 * one batch for the page, through {@link PersonNames}, for the roles that may read persons; the others see a neutral
 * reference. A person no longer on file whose deletion the log records is « personne effacée ». Who acted reads the
 * same way: a staff user by their full name (looked up in one batch for the page, through {@link StaffNames}), the
 * login coming second; Custodian's own tasks, a visitor of the public pages and an API token by a sentence.
 */
@Component
class AuditLines {

    /** The record types whose id is a person's id. */
    private static final Set<String> ABOUT_A_PERSON = Set.of("person", "person-sensitive-data", "personal-data",
            "consent", "person-purchase", "person-contact");
    /** How the deletion of a person is recorded: their file, then each module's erasure of their data. */
    private static final List<String> ERASURES = List.of("person", "personal-data");
    private static final String SYSTEM = "system";
    private static final String PUBLIC = "public";
    private static final String API = "api:";
    /** Who set up the demonstration's accounts ({@code access.DemoUsers}). */
    private static final String DEMO = "demo";
    /** How many accounts a name in the user filter may stand for. */
    private static final int ACTORS_NAMED = 50;

    private final AuditLog log;
    private final ObjectProvider<PersonNames> names;
    private final ObjectProvider<StaffNames> staff;
    private final MessageSource messages;

    AuditLines(AuditLog log, ObjectProvider<PersonNames> names, ObjectProvider<StaffNames> staff,
            MessageSource messages) {
        this.log = log;
        this.names = names;
        this.staff = staff;
        this.messages = messages;
    }

    List<AuditLine> of(List<AuditEntryView> entries, Locale locale) {
        var people = people(entries, locale);
        var users = users(entries);
        var lines = new ArrayList<AuditLine>(entries.size());
        for (var entry : entries) {
            var actor = entry.actor();
            var user = users.get(actor);
            lines.add(new AuditLine(entry, user != null ? user : actor(actor, locale), user != null ? actor : null,
                    what(entry, locale), isAboutAPerson(entry) ? people.get(entry.resourceId()) : null,
                    purpose(entry.purpose(), locale), detail(entry.detail(), users, locale)));
        }
        return lines;
    }

    /**
     * Who acted, in words, for the CSV export, by login: a staff user's full name, the same sentences as the screen
     * otherwise; one lookup for these entries.
     */
    Map<String, String> actors(List<AuditEntryView> entries, Locale locale) {
        var users = users(entries);
        var actors = new HashMap<String, String>();
        for (var entry : entries) {
            actors.computeIfAbsent(entry.actor(),
                    login -> users.containsKey(login) ? users.get(login) : actor(login, locale));
        }
        return actors;
    }

    /** The full names of the staff users who acted in these entries, by login: one lookup for the page. */
    private Map<String, String> users(List<AuditEntryView> entries) {
        var lookup = staff.getIfAvailable();
        if (lookup == null) {
            return Map.of();
        }
        var logins = new ArrayList<String>();
        entries.stream().map(AuditEntryView::actor).filter(AuditLines::mayBeAUser).forEach(logins::add);
        entries.stream().map(entry -> KnownDetail.account(entry.detail())).flatMap(Optional::stream)
                .forEach(logins::add);
        var distinct = logins.stream().distinct().toList();
        return distinct.isEmpty() ? Map.of() : lookup.of(distinct);
    }

    private static boolean mayBeAUser(String actor) {
        return actor != null && !SYSTEM.equals(actor) && !PUBLIC.equals(actor) && !actor.startsWith(API);
    }

    /** The name of one person, for the viewer's filter; empty when hidden from the current user or gone. */
    String nameOf(String personId) {
        var id = personId(personId);
        var lookup = names.getIfAvailable();
        if (id == null || lookup == null) {
            return null;
        }
        return lookup.of(List.of(id)).get(id);
    }

    /** The ids of the persons a search by name, e-mail or phone finds; none for the roles that may not read persons. */
    List<String> find(String query, int limit, String purpose) {
        var lookup = names.getIfAvailable();
        return lookup == null ? List.of()
                : lookup.find(query, limit, purpose).stream().map(PersonId::toString).toList();
    }

    /** The logins of the staff whose full name contains {@code text}, so that the log is searched by name too. */
    List<String> loginsNamed(String text) {
        var lookup = staff.getIfAvailable();
        return text == null || lookup == null ? List.of() : lookup.loginsNamed(text, ACTORS_NAMED);
    }

    /** Whether the current user may search the log by a person's name. */
    boolean namesVisible() {
        var lookup = names.getIfAvailable();
        return lookup != null && lookup.visibleToCurrentUser();
    }

    /** Who each person of the page is, in words: one lookup of names, one of deletions. */
    private Map<String, String> people(List<AuditEntryView> entries, Locale locale) {
        var ids = entries.stream().filter(AuditLines::isAboutAPerson).map(AuditEntryView::resourceId).distinct()
                .toList();
        var lookup = names.getIfAvailable();
        var found = new HashMap<String, String>();
        if (lookup != null) {
            var parsed = ids.stream().map(AuditLines::personId).filter(id -> id != null).toList();
            lookup.of(parsed).forEach((id, name) -> found.put(id.toString(), name));
        }
        var gone = log.deleted(ids.stream().filter(id -> !found.containsKey(id)).toList(), ERASURES);
        var people = new HashMap<String, String>();
        for (var id : ids) {
            people.put(id, found.containsKey(id) ? found.get(id)
                    : gone.contains(id) ? message("audit.person.erased", locale)
                    : message("audit.person.reference", locale));
        }
        return people;
    }

    private String what(AuditEntryView entry, Locale locale) {
        var action = entry.action().name();
        if (entry.resourceType() == null) {
            return message("audit.does." + action, locale);
        }
        var record = "audit.record." + entry.resourceType() + (entry.resourceId() == null ? ".many" : "");
        var named = messages.getMessage(record, null, null, locale);
        if (named == null) {
            named = messages.getMessage("audit.record.other", new Object[] {entry.resourceType()}, locale);
        }
        return messages.getMessage("audit.does." + action + ".record", new Object[] {named}, locale);
    }

    /** Who acted when it is no staff account: a sentence; a login with no account (a failed sign-in) says so. */
    private String actor(String actor, Locale locale) {
        if (SYSTEM.equals(actor)) {
            return message("audit.actor.system", locale);
        }
        if (PUBLIC.equals(actor)) {
            return message("audit.actor.public", locale);
        }
        if (DEMO.equals(actor)) {
            return message("audit.actor.demo", locale);
        }
        if (actor.startsWith(API)) {
            return message("audit.actor.api", locale, actor.substring(API.length()));
        }
        return message("audit.actor.noAccount", locale, actor);
    }

    /** A purpose Custodian states in words; one the user typed, or a purpose of the register, as it is. */
    private String purpose(String purpose, Locale locale) {
        if (purpose == null) {
            return null;
        }
        return messages.getMessage("audit.purpose." + key(purpose), null, purpose, locale);
    }

    /** @param users the full names of the accounts the details name, by login */
    private String detail(String detail, Map<String, String> users, Locale locale) {
        if (detail == null) {
            return null;
        }
        for (var known : KnownDetail.values()) {
            var match = known.pattern.matcher(detail);
            if (match.matches()) {
                var arguments = new Object[match.groupCount()];
                for (var i = 0; i < arguments.length; i++) {
                    var value = match.group(i + 1);
                    // An account a detail names reads as its user's name, the login after it, like the actor.
                    arguments[i] = i == 0 && known.namesAnAccount() && users.containsKey(value)
                            ? message("audit.detail.account", locale, users.get(value), value)
                            : argument(known, value, locale);
                }
                return message("audit.detail." + known.key, locale, arguments);
            }
        }
        return messages.getMessage("audit.detail." + key(detail), null, detail, locale);
    }

    /** A value of a detail in words: the panels of a page view, a problem of the chain. */
    private String argument(KnownDetail detail, String value, Locale locale) {
        if (detail == KnownDetail.PAGE_VIEW) {
            return panels(value, locale);
        }
        if (detail == KnownDetail.PERSON_SEARCH || detail == KnownDetail.PERSON_EXPORT && value.contains("=")) {
            return filters(value, locale);
        }
        if (detail == KnownDetail.PERSON_EXPORT && value.equals(ALL_PERSONS)) {
            return message("audit.detail.allPersons", locale);
        }
        if (detail.rolesAt(value)) {
            return roles(value, locale);
        }
        return value.matches("[A-Z_]+")
                ? messages.getMessage("audit.integrity.problem." + value, null, value, locale) : value;
    }

    /** The panels of a page view, named as the records they read: « les consentements, les données sensibles ». */
    private String panels(String types, Locale locale) {
        if (types.isEmpty()) {
            return message("audit.detail.pageView.nothingElse", locale);
        }
        var named = new ArrayList<String>();
        for (var type : types.split(",")) {
            named.add(messages.getMessage("audit.record." + type, null, type, locale));
        }
        return String.join(", ", named);
    }

    /**
     * The filters of a search or an export of the persons list, « type=CUSTOMER, consentEmail=given », in words:
     * « Relation : clients ; consentement e-mail : donné ». A value without a message of its own (a date) stays as is.
     */
    private String filters(String filters, Locale locale) {
        var named = new ArrayList<String>();
        for (var filter : filters.split(", ")) {
            var pair = filter.split("=", 2);
            var name = messages.getMessage("audit.personFilter." + pair[0], null, pair[0], locale);
            var value = messages.getMessage("audit.personFilter." + pair[0] + "." + key(pair[1]), null, pair[1], locale);
            named.add(message("audit.personFilter.pair", locale, name, value));
        }
        return String.join(" ; ", named);
    }

    /** Roles as the users' screen names them: « SALES DPO » gives « Commercial, DPO ». */
    private String roles(String roles, Locale locale) {
        var named = new ArrayList<String>();
        for (var role : roles.split(" ")) {
            named.add(messages.getMessage("role." + role, null, role, locale));
        }
        return String.join(", ", named);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static boolean isAboutAPerson(AuditEntryView entry) {
        return entry.resourceId() != null && ABOUT_A_PERSON.contains(entry.resourceType());
    }

    private static PersonId personId(String id) {
        try {
            return id == null ? null : new PersonId(UUID.fromString(id));
        }
        catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }

    /** A fixed text as a message key: lower case, every run of other characters a dash: « Art. 30 record » gives art-30-record. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The details with values that Custodian writes, and the message saying each. */
    /** How the persons list names a search or an export without any filter (contacts' {@code PersonCriteria}). */
    private static final String ALL_PERSONS = "all persons";

    /** Roles as access writes them in a detail: their names, separated by spaces. */
    private static final String ROLES = "[A-Z_]+(?: [A-Z_]+)*";

    private enum KnownDetail {
        PAGE_VIEW("^page-view:(.*)$", "pageView"),
        PERSON_SEARCH("^([a-zA-Z]+=[^,]+(?:, [a-zA-Z]+=[^,]+)*)$", "personSearch"),
        ALL_PERSONS_SEARCH("^" + ALL_PERSONS + "$", "allPersons"),
        PERSON_EXPORT("^(CSV|JSON) export of (\\d+) persons; filters: (.*)$", "personExport"),
        CHAIN_VALID("^Chain valid: (\\d+) entries checked$", "chainValid"),
        CHAIN_VALID_CHECKPOINT("^Chain valid: (\\d+) entries checked against the checkpoint of entry (\\d+) sealed at "
                + "(\\S+)$", "chainValidCheckpoint"),
        CHAIN_BROKEN_AT("^Chain broken at entry (\\d+) \\((\\w+)\\)$", "chainBrokenAt"),
        CHAIN_BROKEN("^Chain broken \\((\\w+)\\)$", "chainBroken"),
        IMPORTED_PERSONS("^Import ([0-9a-f-]{36}): (\\d+) person\\(s\\) created(?:, ids \\S+ to \\S+)?; (\\d+) known "
                + "person\\(s\\) matched by e-mail, (\\d+) of them completed \\(one entry each\\)$", "importBatch"),
        IMPORT_COMPLETION("^Import ([0-9a-f-]{36})$", "importCompletion"),
        LOCKED_PAIR("^locked for one client address until (\\S+)$", "lockedPair"),
        LOCKED_ACCOUNT("^locked for client addresses with failures until (\\S+)$", "lockedAccount"),
        LOCKED_ADDRESS("^one client address locked out of every account until (\\S+)$", "lockedAddress"),
        USER_CREATED("^user (\\S+) created with roles (" + ROLES + ")$", "userCreated"),
        USER_ROLES("^user (\\S+) roles (" + ROLES + "|) -> (" + ROLES + "|)$", "userRoles"),
        USER_DISABLED("^user (\\S+) disabled$", "userDisabled"),
        USER_DISABLED_INACTIVE("^user (\\S+) disabled: no sign-in since (\\S+)$", "userDisabledInactive"),
        USER_ENABLED("^user (\\S+) enabled$", "userEnabled"),
        USER_PASSWORD_RESET("^user (\\S+) password reset$", "userPasswordReset"),
        DEMO_USER("^demo user (\\S+) created$", "demoUserCreated"),
        TOKEN_CREATED_EXPIRING("^API token (.+) created with roles (" + ROLES + "), expires (\\S+)$", "tokenCreatedExpiring"),
        TOKEN_CREATED("^API token (.+) created with roles (" + ROLES + ")$", "tokenCreated"),
        TOKEN_BOOTSTRAP("^API token (.+) created from custodian.bootstrap-api-token with role ADMIN$", "tokenBootstrap"),
        TOKEN_REVOKED("^API token (.+) revoked$", "tokenRevoked"),
        PUBLIC_ADDRESS("^public address confirmed: (\\S+)$", "publicAddressConfirmed"),
        ACCESS_REVIEW("^access review CSV, (\\d+) accounts$", "accessReview"),
        PURCHASE_RECORDED("^purchase [0-9a-f-]{36} recorded$", "purchaseRecorded"),
        PURCHASE_READ("^purchase [0-9a-f-]{36}$", "purchaseRead"),
        CONTACT_RECORDED("^contact [0-9a-f-]{36} recorded$", "contactRecorded"),
        FAMILY_ADDED("^product family added: (.+)$", "productFamilyAdded"),
        FAMILY_RENAMED("^product family renamed from (.+) to (.+)$", "productFamilyRenamed"),
        GENERIC_ADDRESS_ADDED("^generic address added: (\\S+)$", "genericAddressAdded"),
        CAMPAIGN_CREATED("^campaign draft created: (.+)$", "campaignCreated"),
        CAMPAIGN_CHANGED("^campaign definition changed$", "campaignChanged"),
        CAMPAIGN_TEMPLATE_CHANGED("^campaign template changed$", "campaignTemplateChanged"),
        CAMPAIGN_STARTED("^sending started$", "campaignStarted"),
        CAMPAIGN_SCHEDULED("^sending scheduled for (\\S+)$", "campaignScheduled"),
        CAMPAIGN_FINISHED("^sending finished: (\\d+) persons decided$", "campaignFinished"),
        CAMPAIGN_BATCH("^(\\d+) messages written for persons (\\S+) to (\\S+)$", "campaignBatch"),
        CAMPAIGN_POSTPONED_BATCH("^(\\d+) messages written for postponed persons (\\S+) to (\\S+)$",
                "campaignPostponedBatch"),
        CAMPAIGN_SAMPLE("^sample of the preview of campaign ([0-9a-f-]{36}): (\\d+) persons$", "campaignSample"),
        ELIGIBILITY_FOR_CAMPAIGN("^eligibility for campaign ([0-9a-f-]{36})$", "eligibilityForCampaign"),
        ELIGIBILITY_PREVIEW("^eligibility preview of (\\d+) person\\(s\\)$", "eligibilityPreview"),
        ELIGIBILITY_BATCH("^eligibility of a batch of (\\d+) person\\(s\\)$", "eligibilityBatch"),
        ELIGIBILITY_POSTPONED("^eligibility of (\\d+) postponed person\\(s\\)$", "eligibilityPostponed"),
        HARD_BOUNCE("^hard bounce (\\S+) read from the bounce mailbox$", "hardBounce"),
        HARD_BOUNCE_WITHOUT_STATUS("^hard bounce read from the bounce mailbox$", "hardBounceWithoutStatus"),
        PREFERENCE_CENTRE("^preference centre, link (\\S+)$", "preferenceCentre");

        private final Pattern pattern;
        private final String key;

        KnownDetail(String pattern, String key) {
            this.pattern = Pattern.compile(pattern);
            this.key = key;
        }

        /** Whether the detail's first value is the login of a staff account (its creation, roles, state). */
        boolean namesAnAccount() {
            return key.startsWith("user") || key.equals("demoUserCreated");
        }

        /** The login of the staff account this detail names, if it names one. */
        static Optional<String> account(String detail) {
            if (detail == null) {
                return Optional.empty();
            }
            for (var known : values()) {
                var match = known.pattern.matcher(detail);
                if (match.matches()) {
                    return known.namesAnAccount() ? Optional.of(match.group(1)) : Optional.empty();
                }
            }
            return Optional.empty();
        }

        /** Whether this value of this detail is a list of roles (a user's or a token's). */
        boolean rolesAt(String value) {
            return (key.startsWith("user") || key.startsWith("token")) && value.matches(ROLES);
        }
    }
}
