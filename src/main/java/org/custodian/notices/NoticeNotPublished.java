package org.custodian.notices;

/**
 * A collection form cannot be shown or submitted before a privacy notice is published: the first-level notice under
 * it must link to the full one, and consents must name the version in force (INF-1, INF-2).
 */
public class NoticeNotPublished extends RuntimeException {

    NoticeNotPublished() {
        super("No privacy notice is published");
    }
}
