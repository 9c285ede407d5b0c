package org.custodian.access.web;

/** The public address as an administrator confirms it (issue 8 §2). */
record PublicAddressForm(String url) {
}
