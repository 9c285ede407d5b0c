-- Imports on several nodes (issue 8 §3): each job names the node that runs it and that node's last sign of life,
-- so that a starting node fails only its own interrupted jobs and the stale jobs of dead nodes.
ALTER TABLE import_job ADD COLUMN owner_node VARCHAR(200);
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;

-- The uploaded customer file, in slices of about a mebibyte, where every node can read it; deleted when its job ends.
CREATE TABLE import_file_chunk (
    job_id     UUID    NOT NULL,
    chunk_no   INTEGER NOT NULL,
    content    BYTEA   NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, chunk_no)
);
