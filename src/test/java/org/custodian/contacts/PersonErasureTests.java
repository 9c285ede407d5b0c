package org.custodian.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.shared.personaldata.ErasureResult;
import org.custodian.shared.personaldata.HeldData;
import org.custodian.shared.personaldata.PersonalDataHolder;
import org.custodian.shared.personaldata.SubjectExport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.IncompleteEventPublications;

class PersonErasureTests {

    private final PersonId person = new PersonId(UUID.randomUUID());
    private final List<String> calls = new ArrayList<>();
    private final AuditLog audit = mock(AuditLog.class);

    @Test
    @DisplayName("DSR-5 every holder erases, contacts last, whatever order Spring lists them in")
    void contactsLast() {
        erasure(holder("contacts", true, false), holder("mail", false, false), holder("consent", false, false))
                .on(new PersonErasureRequested(person));

        assertThat(calls).containsExactly("consent", "mail", "contacts");
    }

    @Test
    @DisplayName("SEC-3 DSR-5 each holder's result is written to the audit log, in counts only")
    void auditsEachResult() {
        erasure(holder("consent", false, false)).on(new PersonErasureRequested(person));

        verify(audit).personalData(eq(AuditAction.DELETE), eq("personal-data"), eq(person.toString()), isNull(),
                eq("consent: 1 erased, 0 anonymised"));
    }

    @Test
    @DisplayName("DSR-5 a failing holder stops the erasure before contacts, so that the registry keeps it to run again")
    void failureStopsBeforeContacts() {
        var erasure = erasure(holder("contacts", true, false), holder("notices", false, true));

        assertThatIllegalStateException().isThrownBy(() -> erasure.on(new PersonErasureRequested(person)));
        assertThat(calls).containsExactly("notices");
        verify(audit, never()).personalData(any(), any(), any(), any(), any());
    }

    private PersonErasure erasure(PersonalDataHolder... holders) {
        return new PersonErasure(List.of(holders), audit, mock(IncompleteEventPublications.class),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), mock(Persons.class),
                mock(org.springframework.transaction.PlatformTransactionManager.class));
    }

    private PersonalDataHolder holder(String section, boolean last, boolean fails) {
        return new PersonalDataHolder() {
            @Override
            public String section() {
                return section;
            }

            @Override
            public boolean erasesLast() {
                return last;
            }

            @Override
            public List<HeldData> inventory() {
                return List.of();
            }

            @Override
            public SubjectExport export(PersonId id) {
                return SubjectExport.of(section);
            }

            @Override
            public ErasureResult erase(PersonId id, ErasureMode mode) {
                calls.add(section);
                if (fails) {
                    throw new IllegalStateException("database away");
                }
                return new ErasureResult(section, 1, 0, List.of());
            }
        };
    }
}
