package org.custodian.campaigns;

/**
 * One campaign message as it leaves Custodian (PRO-5): the author's template with the person's merge values, the
 * sender's identity and the opposition sentence added.
 *
 * @param subject the subject, on one line
 * @param text    the plain-text body
 * @param html    the HTML body
 */
public record ComposedMessage(String subject, String text, String html) {
}
