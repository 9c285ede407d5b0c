-- SEC-3: the chain head carries a counter and a time inside its seal, so that an old head row restored after
-- deleting newer entries can be told from the current one (by this node's memory of the last seal, and by the
-- signed checkpoints kept outside the database). The counter grows by one each time the head is sealed.
-- Heads sealed before this migration are re-sealed with both at the next start, after their old seal verified.
ALTER TABLE audit_chain_head ADD COLUMN seal_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN sealed_at TIMESTAMP WITH TIME ZONE;
