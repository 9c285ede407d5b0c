-- Outbound mail: every message is written here first, then sent over SMTP when a server is configured;
-- without one it is held here for staff to read (the embedded default).
CREATE TABLE mail_message (
    id           UUID          NOT NULL PRIMARY KEY,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    category     VARCHAR(60)   NOT NULL,
    recipient    VARCHAR(254)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    text_body    VARCHAR(100000) NOT NULL,
    html_body    VARCHAR(200000),
    headers      VARCHAR(4000),
    status       VARCHAR(20)   NOT NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error   VARCHAR(1000),
    sent_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mail_message_status_idx ON mail_message (status, created_at);
CREATE INDEX mail_message_created_idx ON mail_message (created_at);
