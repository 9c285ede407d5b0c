package org.custodian.campaigns.web;

/**
 * Who may send campaigns and follow their sending (PRO-5, issue 9 §6): marketing sends; the DPO reads the progress
 * and the results; a click link is public, like every link of a message.
 */
final class SendingRoles {

    static final String SEND = "hasRole('MARKETING')";
    static final String READ = "hasAnyRole('MARKETING','DPO')";
    static final String PUBLIC = "permitAll()";

    private SendingRoles() {
    }
}
