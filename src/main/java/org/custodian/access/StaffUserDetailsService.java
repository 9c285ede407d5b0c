package org.custodian.access;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Staff accounts for form sign-in: roles as {@code ROLE_*} authorities, the temporary lock as «account locked». */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;
    private final Clock clock;

    StaffUserDetailsService(StaffUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .disabled(!user.enabled())
                .accountLocked(user.loginState().lockedAt(clock.instant()))
                .build();
    }
}
