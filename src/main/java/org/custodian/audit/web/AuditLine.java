package org.custodian.audit.web;

import org.custodian.audit.AuditEntryView;

/**
 * One entry of the log as the viewer shows it: in sentences, with the person it is about.
 *
 * @param entry   the entry as stored
 * @param actor   who acted, in words: a staff user's full name, Custodian (tâche automatique), Jeton d'API « crm » ...
 * @param login   the staff user's login, shown second, when {@code actor} is their name; null otherwise
 * @param what    what was done, as a sentence: « A consulté la fiche »
 * @param person  the person the entry is about: their name for the roles that may read persons, « personne effacée »,
 *                or a neutral reference; null when the entry is about no person
 * @param purpose the stated purpose in words, null when none
 * @param detail  the detail in words when it is one Custodian writes, as stored otherwise; null when none
 */
record AuditLine(AuditEntryView entry, String actor, String login, String what, String person, String purpose, String detail) {
}
