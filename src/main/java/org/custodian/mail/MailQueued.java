package org.custodian.mail;

import java.util.UUID;

/**
 * A message was written to the outbox and waits for delivery (internal to the module).
 */
record MailQueued(UUID id) {
}
