package org.custodian.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.custodian.audit.AuditAction;
import org.custodian.audit.AuditLog;
import org.custodian.shared.Page;
import org.custodian.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations: created by an administrator, shown once, kept as a SHA-256 hash, tied to roles,
 * revocable, with their last use. A 256-bit random value needs no slow hash: it cannot be guessed from its digest.
 */
@Service
public class ApiTokens {

    /** Prefix of every token value, so that a leaked token is easy to recognise in logs and secret scanners. */
    static final String PREFIX = "cus_";

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Tokens whose name contains {@code query} (all when blank): valid ones first.
     */
    @Transactional(readOnly = true)
    public Page<ApiTokenView> search(String query, PageRequest page) {
        return tokens.search(query, page);
    }

    /**
     * Creates a token with the given roles and optional expiry.
     *
     * @return the token value, to show once
     */
    @Transactional
    public IssuedSecret create(String name, Set<Role> roles, Instant expiresAt, String actor) {
        if (roles.isEmpty()) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.NO_ROLE);
        }
        if (tokens.nameExists(name.strip())) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.TOKEN_NAME_TAKEN);
        }
        var now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new AccountChangeRefused(AccountChangeRefused.Reason.EXPIRY_IN_PAST);
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(name.strip(), hash(value), Roles.of(roles), expiresAt, now, actor);
        audit.security(actor, AuditAction.SECURITY_CHANGE, "API token " + name.strip() + " created with roles "
                + Roles.joined(Roles.of(roles)) + (expiresAt == null ? "" : ", expires " + expiresAt));
        return new IssuedSecret(id, name.strip(), value);
    }

    /**
     * Revokes a token: from now on it is refused.
     */
    @Transactional
    public void revoke(long id, String actor) {
        var token = tokens.findById(id).orElseThrow(() -> ApiTokenNotFound.forId(id));
        if (token.revokedAt() == null) {
            tokens.revoke(id, clock.instant(), actor);
            audit.security(actor, AuditAction.SECURITY_CHANGE, "API token " + token.name() + " revoked");
        }
    }

    /** The token with this value if it is valid now; records its use. */
    @Transactional
    Optional<ApiTokenView> authenticate(String value) {
        var now = clock.instant();
        var token = tokens.findByHash(hash(value)).filter(t -> t.activeAt(now));
        token.ifPresent(t -> tokens.touch(t.id(), now));
        return token;
    }

    /** Creates the automation token given at first start unless a token with this value exists (idempotent). */
    @Transactional
    void ensureBootstrapToken(String value, String actor) {
        if (tokens.findByHash(hash(value)).isPresent()) {
            return;
        }
        var digest = hash(value);
        var name = tokens.nameExists("bootstrap") ? "bootstrap-" + digest.substring(0, 8) : "bootstrap";
        tokens.insert(name, digest, Set.of(Role.ADMIN), null, clock.instant(), actor);
        audit.security(actor, AuditAction.SECURITY_CHANGE, "API token " + name + " created from "
                + "custodian.bootstrap-api-token with role ADMIN");
    }

    static String hash(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
