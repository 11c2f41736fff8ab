-- Personal API tokens of machine clients: stored as the SHA-256 of the secret (shown once), revocable, read-only
-- unless granted writing, with an optional last day of use.
CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES user_account (id),
    name          VARCHAR(80)  NOT NULL,
    prefix        VARCHAR(16)  NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    may_write     BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    expires_on    DATE,
    revoked_at    TIMESTAMP,
    last_used_on  DATE,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE SEQUENCE seq_api_token START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_api_token_user ON api_token (user_id);
