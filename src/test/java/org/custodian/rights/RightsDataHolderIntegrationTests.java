package org.custodian.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.UUID;

import org.custodian.contacts.Audience;
import org.custodian.contacts.PersonData;
import org.custodian.contacts.PersonType;
import org.custodian.contacts.Persons;
import org.custodian.rights.RightsDataHolder.ExportedRequest;
import org.custodian.shared.PersonId;
import org.custodian.shared.personaldata.ErasureMode;
import org.custodian.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** DSR-3, DSR-5, RET-4: the rights module's part of an access request and of an erasure. */
@IntegrationTest
@WithMockUser(username = "nadia", roles = "DPO")
class RightsDataHolderIntegrationTests {

    @Autowired
    RightsDataHolder holder;
    @Autowired
    RightsRequests requests;
    @Autowired
    Persons persons;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "droits." + tag + "@example.org";
    private PersonId person;
    private RightsRequestView matched;
    private RightsRequestView byAddress;

    @BeforeEach
    void personWithRequests() {
        person = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Droits" + tag, "Léa",
                email, null, null, null, null, null, null, null, null)).id();
        matched = requests.create(new NewRightsRequest(RightsKind.ERASURE, RequestChannel.LETTER,
                requests.today().minusDays(2), null, "Léa", "Droits" + tag, "44000", null, "Effacez-moi " + tag));
        requests.match(matched.id(), person);
        requests.askIdentity(requests.create(new NewRightsRequest(RightsKind.ACCESS, RequestChannel.API,
                requests.today(), email.toUpperCase(java.util.Locale.ROOT), null, null, null, null, null)).id(),
                "Doute " + tag);
        byAddress = requests.get(jdbc.sql("SELECT id FROM rights_request WHERE LOWER(email) = ?").param(email)
                .query(UUID.class).single());
    }

    @Test
    @DisplayName("DSR-3 the export holds the requests matched to the person and those made from their address, with "
            + "their pauses")
    void exportsTheRequests() {
        var export = holder.export(person);

        assertThat(export.section()).isEqualTo("rights");
        assertThat(export.records().get("requests")).extracting(record -> (ExportedRequest) record)
                .extracting(ExportedRequest::id).containsExactlyInAnyOrder(matched.id(), byAddress.id());
        assertThat(export.records().get("requests")).extracting(record -> (ExportedRequest) record)
                .filteredOn(request -> request.id().equals(byAddress.id())).singleElement()
                .satisfies(request -> assertThat(request.pauses()).singleElement()
                        .satisfies(pause -> assertThat(pause.reason()).isEqualTo("Doute " + tag)));
    }

    @Test
    @DisplayName("RET-4 DSR-5 erasure unlinks the person and keeps the requests as proof for five years after their "
            + "deadline, said with its reason; a replay erases nothing more")
    void erasureKeepsTheRequests() {
        var first = holder.erase(person, ErasureMode.ERASE);
        var second = holder.erase(person, ErasureMode.ERASE);

        assertThat(first.erased()).isEqualTo(1);
        assertThat(first.kept()).singleElement().satisfies(kept -> {
            assertThat(kept.what()).startsWith("2 rights request(s)");
            assertThat(kept.legalReason()).contains("RET-4", "limitation period");
            var latest = matched.deadline().isAfter(byAddress.deadline()) ? matched.deadline() : byAddress.deadline();
            assertThat(kept.until()).isEqualTo(latest.plusDays(1).plusYears(5).atStartOfDay(ZoneOffset.UTC)
                    .toInstant());
        });
        assertThat(second.changedNothing()).isTrue();
        assertThat(second.kept()).as("still declared for the request made from the person's address, still known")
                .singleElement().satisfies(kept -> assertThat(kept.what()).startsWith("1 rights request(s)"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request WHERE id IN (?, ?)")
                .params(matched.id(), byAddress.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request_person WHERE person_id = ?").param(person.value())
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("DSR-5 a person without any request has nothing exported, erased or kept here")
    void personWithoutRequests() {
        var other = persons.create(new PersonData(PersonType.CUSTOMER, Audience.CONSUMER, null, "Autre" + tag, null,
                null, null, null, null, null, null, null, null, null)).id();

        assertThat(holder.export(other).isEmpty()).isTrue();
        assertThat(holder.erase(other, ErasureMode.ERASE).kept()).isEmpty();
    }
}
