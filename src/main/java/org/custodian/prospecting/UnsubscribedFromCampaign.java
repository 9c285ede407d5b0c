package org.custodian.prospecting;

import java.time.Instant;
import java.util.UUID;

import org.custodian.shared.PersonId;

/**
 * A person unsubscribed with the link of a message of a campaign (PRO-5: a campaign's results count its
 * unsubscriptions). Ids only.
 */
public record UnsubscribedFromCampaign(UUID campaign, PersonId person, Instant at) {
}
