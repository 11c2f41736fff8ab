-- Foundation: audit log, administrative units and their successions, user accounts.
-- Portable across H2 2.x and PostgreSQL: plain types, sequences (never identity columns).
-- Sequences start at their increment: JPA providers read a value as the top of a block of 50.

CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP     NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    action          VARCHAR(60)   NOT NULL,
    entity_type     VARCHAR(60),
    entity_id       VARCHAR(60),
    state_before    VARCHAR(8000),
    state_after     VARCHAR(8000),
    reason          VARCHAR(500),
    client_address  VARCHAR(64)
);
CREATE SEQUENCE seq_audit_entry START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);

CREATE TABLE administrative_unit (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(10)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    parent_id   BIGINT       REFERENCES administrative_unit (id),
    valid_from  DATE,
    valid_to    DATE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_unit_code_from UNIQUE (code, valid_from),
    CONSTRAINT ck_unit_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_from <= valid_to)
);
CREATE INDEX ix_unit_parent ON administrative_unit (parent_id);

CREATE TABLE unit_succession (
    id              BIGINT  NOT NULL PRIMARY KEY,
    predecessor_id  BIGINT  NOT NULL REFERENCES administrative_unit (id),
    successor_id    BIGINT  NOT NULL REFERENCES administrative_unit (id),
    whole_unit      BOOLEAN NOT NULL,
    effective_on    DATE    NOT NULL,
    CONSTRAINT uq_unit_succession UNIQUE (predecessor_id, successor_id)
);

CREATE TABLE user_account (
    id                BIGINT       NOT NULL PRIMARY KEY,
    username          VARCHAR(40)  NOT NULL,
    full_name         VARCHAR(120) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    unit_id           BIGINT       REFERENCES administrative_unit (id),
    email             VARCHAR(120),
    password_hash     VARCHAR(200) NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    locale            VARCHAR(5)   NOT NULL,
    failed_logins     INTEGER      NOT NULL,
    first_failure_at  TIMESTAMP,
    locked_until      TIMESTAMP,
    last_login_at     TIMESTAMP,
    version           BIGINT       NOT NULL,
    CONSTRAINT uq_user_username UNIQUE (username)
);
CREATE SEQUENCE seq_user_account START WITH 50 INCREMENT BY 50;
