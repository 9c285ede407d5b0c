/**
 * Retention (RET-1 … RET-5): the register's retention rules executed over every module's data. A scheduled sweep,
 * one node at a time, in batches that each commit on their own, moves what is due from the active base to the
 * intermediate archive or deletes it, idempotently, so that a crash at any moment loses nothing and acts on nothing
 * twice; a legal hold suspends the deletion of what it names; the forecast shows the DPO what is due in the next days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention",
        allowedDependencies = { "audit", "contacts", "mail", "register", "rights", "shared" })
package org.custodian.retention;
