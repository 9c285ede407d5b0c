package org.custodian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules of ARCHITECTURE.md that Spring Modulith does not check.
 */
class ArchitectureTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.custodian");

    @Test
    void nothingReadsTheSystemClockDirectly() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time must come from an injected java.time.Clock so deadlines can be tested")
                .check(PRODUCTION);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class)
                .because("dependencies are constructor-injected")
                .check(PRODUCTION);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .check(PRODUCTION);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(PRODUCTION);
    }

    @Test
    void everyHandlerStatesWhoMayUseIt() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("..web..")
                .and().areAnnotatedWith(RequestMapping.class)
                .or().areMetaAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(PreAuthorize.class)
                .because("deny by default: every page and endpoint names the roles that may use it (SEC-2)")
                .check(PRODUCTION);
    }

    @Test
    void repositoriesAndConfigurationAreModuleInternals() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .or().areAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().notBePublic()
                .because("only a module's facade, ids, views and events are its public API")
                .check(PRODUCTION);
    }
}
