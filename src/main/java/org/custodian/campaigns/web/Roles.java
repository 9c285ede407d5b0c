package org.custodian.campaigns.web;

/**
 * Who may do what with campaigns (PRO-5, issue 9 §6): marketing, who runs them, defines and edits them; the DPO reads
 * everything — the definitions, the previews and the decisions — to answer for them; nobody else sees them.
 */
final class Roles {

    static final String READ = "hasAnyRole('MARKETING','DPO')";
    static final String WRITE = "hasRole('MARKETING')";

    private Roles() {
    }
}
