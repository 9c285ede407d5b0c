-- Sign-in throttling (SEC-1, SEC-4): failure counters per client address, per login name and per (address, login
-- name), whether the name is an account or not, so that throttling answers alike for known and unknown names.
-- Keys are SHA-256 digests: no attempted name (which may be a mistyped password) and no address is kept in clear.
CREATE TABLE login_throttle (
    key_hash      CHAR(64)    NOT NULL PRIMARY KEY,
    kind          VARCHAR(10) NOT NULL,
    account_hash  CHAR(64),
    failures      INT         NOT NULL,
    lock_count    INT         NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT login_throttle_kind_ck CHECK (kind IN ('ADDRESS', 'ACCOUNT', 'PAIR'))
);

CREATE INDEX login_throttle_account_ix ON login_throttle (account_hash);
CREATE INDEX login_throttle_updated_ix ON login_throttle (updated_at);

-- The account's lock now lives in login_throttle; the stamp ends a user's sessions when it changes (password
-- change, reset, disable).
ALTER TABLE staff_user DROP COLUMN failed_attempts;
ALTER TABLE staff_user DROP COLUMN lock_count;
ALTER TABLE staff_user DROP COLUMN locked_until;
ALTER TABLE staff_user ADD COLUMN security_stamp INT DEFAULT 0 NOT NULL;
