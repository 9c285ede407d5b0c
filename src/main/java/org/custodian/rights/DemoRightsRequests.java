package org.custodian.rights;

import java.util.List;

import org.custodian.contacts.PersonCriteria;
import org.custodian.contacts.PersonSort;
import org.custodian.contacts.Persons;
import org.custodian.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's rights requests, made by three of the demo persons, so that the DPO's list shows at once
 * what it is for: a request received by letter three weeks ago (due soon), an erasure asked by e-mail forty days ago
 * (late, in red), and an objection made today on the public form. Loaded once, after the demo persons: skipped when any
 * request exists.
 */
@Component
@Profile("demo")
@Order(200)
class DemoRightsRequests implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRightsRequests.class);

    private final RightsRequests requests;
    private final Persons persons;

    DemoRightsRequests(RightsRequests requests, Persons persons) {
        this.requests = requests;
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requests.counts().getOrDefault(RequestFilter.ALL, 0L) > 0) {
            return;
        }
        var authors = persons.list(PersonCriteria.ALL, PersonSort.DEFAULT, PageRequest.of(0, 3), "rights/demo")
                .content();
        if (authors.size() < 3) {
            return;
        }
        var today = requests.today();
        var kinds = List.of(RightsKind.ACCESS, RightsKind.ERASURE, RightsKind.OBJECTION);
        var channels = List.of(RequestChannel.LETTER, RequestChannel.EMAIL, RequestChannel.FORM);
        var received = List.of(today.minusDays(24), today.minusDays(40), today);
        var messages = List.of("Je souhaite recevoir une copie de toutes les données que vous détenez sur moi.",
                "Merci de supprimer toutes mes données de vos fichiers.",
                "Je ne veux plus recevoir vos offres par e-mail ni par SMS.");
        for (var i = 0; i < 3; i++) {
            var author = authors.get(i).data();
            requests.create(new NewRightsRequest(kinds.get(i), channels.get(i), received.get(i), author.email(),
                    author.firstNames(), author.lastName(), null, null, messages.get(i)));
        }
        log.info("Loaded 3 demo rights requests");
    }
}
