package org.custodian.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product families the organisation maintains (PRO-2): a campaign names one, and the soft opt-in holds only for
 * "similar products", i.e. the same family as the purchase. Added, renamed and retired by marketing or the
 * administrator; a family that a purchase names is never deleted, only retired (no new purchase may name it). Every
 * change is in the audit log.
 */
@Service
public class ProductFamilies {

    /** The audit resource type of a product family. */
    public static final String RESOURCE = "product-family";

    static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    private final RelationshipRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    ProductFamilies(RelationshipRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every family, those offered first, by name; with how many purchases name each. Not personal data. */
    @Transactional(readOnly = true)
    public List<ProductFamily> list() {
        return repository.families();
    }

    /** The families a new purchase may name (not retired), by name. */
    @Transactional(readOnly = true)
    public List<ProductFamily> offered() {
        return repository.families().stream().filter(family -> !family.retired()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ProductFamily> find(String code) {
        return code == null ? Optional.empty() : repository.family(normalisedCode(code));
    }

    /**
     * Adds a family.
     *
     * @throws InvalidPersonData with violations of {@code code} (required, pattern, already used) and {@code name}
     *                           (required, length); nothing is stored
     */
    @Transactional
    public ProductFamily create(String code, String name) {
        var violations = new ArrayList<Violation>();
        var cleanCode = code == null ? null : normalisedCode(code);
        if (cleanCode == null || cleanCode.isEmpty()) {
            violations.add(PersonViolations.of("code", "required"));
        } else if (!CODE.matcher(cleanCode).matches()) {
            violations.add(PersonViolations.of("code", "familyCode"));
        } else if (repository.family(cleanCode).isPresent()) {
            violations.add(PersonViolations.of("code", "familyUnique"));
        }
        var cleanName = checkName(name, violations);
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        repository.insertFamily(cleanCode, cleanName, Instant.now(clock));
        audit.personalData(AuditAction.CREATE, RESOURCE, cleanCode, null, "product family added: " + cleanName);
        return repository.family(cleanCode).orElseThrow();
    }

    /**
     * Renames a family; its code, which purchases and campaigns name, does not change.
     *
     * @throws InvalidPersonData with a violation of {@code name}
     * @throws ProductFamilyNotFound when there is no such family
     */
    @Transactional
    public ProductFamily rename(String code, String name) {
        var family = existing(code);
        var violations = new ArrayList<Violation>();
        var cleanName = checkName(name, violations);
        if (!violations.isEmpty()) {
            throw new InvalidPersonData(violations);
        }
        if (!cleanName.equals(family.name())) {
            repository.renameFamily(family.code(), cleanName, Instant.now(clock));
            audit.personalData(AuditAction.UPDATE, RESOURCE, family.code(), null,
                    "product family renamed from " + family.name() + " to " + cleanName);
        }
        return repository.family(family.code()).orElseThrow();
    }

    /** Retires a family (no new purchase names it) or offers it again; the purchases that name it stay. */
    @Transactional
    public ProductFamily retire(String code, boolean retired) {
        var family = existing(code);
        if (family.retired() != retired) {
            var now = Instant.now(clock);
            repository.retireFamily(family.code(), retired ? now : null, now);
            audit.personalData(AuditAction.UPDATE, RESOURCE, family.code(), null,
                    retired ? "product family retired" : "product family offered again");
        }
        return repository.family(family.code()).orElseThrow();
    }

    /**
     * Deletes a family that no purchase names (one added by mistake).
     *
     * @throws InvalidPersonData with a {@code code} violation when a purchase names it: retire it instead
     * @throws ProductFamilyNotFound when there is no such family
     */
    @Transactional
    public void delete(String code) {
        var family = existing(code);
        if (!repository.deleteUnusedFamily(family.code())) {
            throw new InvalidPersonData(List.of(PersonViolations.of("code", "familyInUse")));
        }
        audit.personalData(AuditAction.DELETE, RESOURCE, family.code(), null, "product family deleted");
    }

    private ProductFamily existing(String code) {
        return find(code).orElseThrow(() -> ProductFamilyNotFound.forCode(code));
    }

    private static String checkName(String name, List<Violation> violations) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            violations.add(PersonViolations.of("name", "required"));
        } else if (clean.length() > MAX_NAME) {
            violations.add(PersonViolations.of("name", "length", MAX_NAME));
        }
        return clean;
    }

    static String normalisedCode(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
