-- DSR-1: a request sent through the public form /p/rights counts as received only once the requester has confirmed
-- their e-mail address by the link mailed to it (a link scanner confirms nothing: the link opens a page with a
-- button). Until then it waits here; the confirmation moves it into rights_request and deletes this row, and a
-- request never confirmed is deleted when its link expires. The table keeps the token's SHA-256 only.
CREATE TABLE rights_request_pending (
    id           UUID          NOT NULL PRIMARY KEY,
    token_hash   VARCHAR(64)   NOT NULL UNIQUE,
    kind         VARCHAR(20)   NOT NULL,
    email        VARCHAR(254)  NOT NULL,
    first_names  VARCHAR(150),
    last_name    VARCHAR(100),
    postcode     VARCHAR(10) ,
    phone        VARCHAR(30),
    message      VARCHAR(10000),
    language     VARCHAR(8)    NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
-- how many requests an address has waiting (a limit against mail bombing), and the sweep of expired links
CREATE INDEX rights_request_pending_email_idx ON rights_request_pending (email, submitted_at);
CREATE INDEX rights_request_pending_expiry_idx ON rights_request_pending (expires_at);
