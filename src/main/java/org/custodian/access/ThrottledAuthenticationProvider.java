package org.custodian.access;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in (SEC-1, SEC-4): the throttle decides before the password is checked, so that a refused attempt costs
 * the attacker a request and the server no Argon2 computation, and parallel attempts cannot all be checked.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Requests without servlet details (none come through the form) share one counter rather than escape it. */
    private static final String NO_ADDRESS = "unknown";

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : NO_ADDRESS;
        attempts.admit(address, username);
        try {
            var result = passwords.authenticate(authentication);
            attempts.passwordAccepted(address, username);
            return result;
        }
        catch (DisabledException rightPasswordOnDisabledAccount) {
            attempts.passwordAccepted(address, username);
            throw rightPasswordOnDisabledAccount;
        }
        catch (BadCredentialsException wrongPassword) {
            attempts.failed(address, username);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
