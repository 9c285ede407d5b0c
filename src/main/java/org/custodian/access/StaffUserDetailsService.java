package org.custodian.access;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Staff accounts for form sign-in, roles as {@code ROLE_*} authorities; a hash made with weaker Argon2 parameters is
 * replaced, at the next sign-in, by one made with the current parameters.
 */
@Component
class StaffUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final StaffUserRepository users;

    StaffUserDetailsService(StaffUserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .authorities(user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .disabled(!user.enabled())
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.rehashPassword(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
