package org.custodian.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's fictitious persons: always the same 300 (seeded random), with
 * {@code example.com}/{@code example.org} e-mails and phone numbers in a range no subscriber holds.
 * Loaded once: skipped when demo persons already exist.
 */
@Component
@Profile("demo")
@Order(100)
class DemoPersons implements ApplicationRunner {

    static final int COUNT = 300;
    static final String REF_PREFIX = "DEMO-";

    private static final Logger log = LoggerFactory.getLogger(DemoPersons.class);

    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert",
            "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux",
            "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
            "Vincent", "Müller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
            "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
            "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson");
    private static final List<String> FIRST_NAMES = List.of("Marie", "Jean", "Camille", "Louis", "Léa", "Hugo",
            "Chloé", "Lucas", "Manon", "Gabriel", "Inès", "Arthur", "Jade", "Raphaël", "Louise", "Jules", "Emma",
            "Adam", "Alice", "Paul", "Zoé", "Nathan", "Anne-Sophie", "Jean-Marc", "Élodie", "Théo", "Sarah",
            "Noé", "Juliette", "Mathis", "Nadia", "Sophie", "Marc", "Hélène", "François");
    private static final List<String> STREETS = List.of("rue de la République", "avenue Victor Hugo",
            "boulevard Gambetta", "rue Jean Jaurès", "place de la Mairie", "rue des Lilas", "chemin des Vignes",
            "allée des Tilleuls", "rue Pasteur", "quai de la Loire");
    private static final List<String> CITIES = List.of("75011 Paris", "69003 Lyon", "13006 Marseille",
            "31000 Toulouse", "44000 Nantes", "33000 Bordeaux", "59000 Lille", "67000 Strasbourg", "35000 Rennes",
            "34000 Montpellier", "06000 Nice", "21000 Dijon");
    private static final List<String> COMPANIES = List.of("Atelier Lumière SARL", "Boulangeries Réunies",
            "Cabinet Fictif & Associés", "Transports Exemple SA", "Imprimerie du Centre", "Verger Démo SAS",
            "Studio Pixel Imaginaire", "Menuiserie Modèle", "Librairie de l'Exemple", "Garage Fictif");
    private static final List<String> JOBS = List.of("Responsable des achats", "Gérante", "Directeur commercial",
            "Assistante de direction", "Chef de projet", "Comptable", "Office manager");
    private static final List<String> NOTES = List.of("Préfère être appelé le matin.",
            "Livraison à l'accueil de l'immeuble.", "Intéressée par la gamme printemps.",
            "A demandé un devis pour 20 unités.", "Client fidèle depuis l'ouverture du magasin.",
            "Souhaite recevoir les factures par courrier.");

    private final Persons persons;

    DemoPersons(Persons persons) {
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (persons.countByExternalRefPrefix(REF_PREFIX) > 0) {
            log.info("Demo persons already loaded");
            return;
        }
        var random = new Random(20240501L);
        for (var i = 1; i <= COUNT; i++) {
            persons.create(person(i, random));
        }
        log.info("Loaded {} fictitious demo persons", COUNT);
    }

    static PersonData person(int index, Random random) {
        var last = pick(LAST_NAMES, random);
        var first = pick(FIRST_NAMES, random);
        var professional = random.nextInt(10) < 3;
        var customer = random.nextInt(10) < 6;
        var civility = random.nextInt(5) == 0 ? null : (random.nextBoolean() ? Civility.MS : Civility.MR);
        var email = Text.fold(first + "." + last).replaceAll("[^a-z.]", "") + index
                + (professional ? "@example.org" : "@example.com");
        // +33 6 00 ..: a mobile range not allocated to subscribers, so no real person can be dialled.
        var phone = String.format("+33 6 00 %02d %02d %02d", random.nextInt(100), random.nextInt(100), index % 100);
        var birthDate = random.nextInt(4) == 0 ? null
                : LocalDate.of(1945 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var address = (1 + random.nextInt(120)) + " " + pick(STREETS, random) + "\n" + pick(CITIES, random);
        return new PersonData(customer ? PersonType.CUSTOMER : PersonType.PROSPECT,
                professional ? Audience.PROFESSIONAL : Audience.CONSUMER, civility, last, first, email, phone,
                birthDate, address,
                professional ? pick(COMPANIES, random) : null,
                professional ? pick(JOBS, random) : null,
                customer ? String.format("411-%05d", index) : null,
                String.format("%s%04d", REF_PREFIX, index),
                random.nextInt(4) == 0 ? pick(NOTES, random) : null);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
