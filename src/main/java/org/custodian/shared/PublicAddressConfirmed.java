package org.custodian.shared;

/**
 * The public address was confirmed by an administrator: what was held for it (mails with a link) may go.
 *
 * @param url the confirmed address, without a trailing slash
 */
public record PublicAddressConfirmed(String url) {
}
