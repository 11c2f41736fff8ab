-- Rating, rounds and councils (issue 5, "Rounds and councils" and "Scoring"; reference §1.2, §5.1–5.3):
-- an evaluation round (đợt đánh giá) per level and year, scored on the criteria set of the regime in
-- force on its first day; the products whose dossiers were submitted, each with the scoring sheet of
-- its product set; the council that scores them (the decision that established it, its quorum and
-- spread settings, its members taken from the user accounts) and the advisory group (tổ tư vấn);
-- each member's declarations of conflict of interest (append only: a new declaration never
-- overwrites an earlier one) and each member's score sheet with one chosen option per criterion.
--
-- Portable across H2 2.x and PostgreSQL. No seeded rows: the sequences start at 50 (a JPA provider
-- with allocationSize 50 reads a value as the END of its block, see V5__support_type_ids.sql).

-- status: OPEN (products and council being set up) → SCORING (members declare and score) →
-- CONCLUDED (sheets and results frozen). results_opened: the chair opened the results; until then
-- no member sees another member's sheet. regime_id / criteria_set_id: the regime in force on
-- starts_on and the criteria set it scores on, fixed when the round is created.
CREATE TABLE evaluation_round (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    level              VARCHAR(20)   NOT NULL,
    round_year         INTEGER       NOT NULL,
    regime_id          BIGINT        NOT NULL REFERENCES rating_regime (id),
    criteria_set_id    BIGINT        NOT NULL REFERENCES criteria_set (id),
    title              VARCHAR(300)  NOT NULL,
    place              VARCHAR(300),
    starts_on          DATE          NOT NULL,
    ends_on            DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    results_opened     BOOLEAN       NOT NULL DEFAULT FALSE,
    results_opened_at  TIMESTAMP,
    results_opened_by  VARCHAR(100),
    version            BIGINT        NOT NULL,
    CONSTRAINT ck_round_level CHECK (level IN ('DISTRICT', 'PROVINCE', 'CENTRAL')),
    CONSTRAINT ck_round_status CHECK (status IN ('OPEN', 'SCORING', 'CONCLUDED')),
    CONSTRAINT ck_round_dates CHECK (ends_on >= starts_on)
);
CREATE SEQUENCE seq_evaluation_round START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_round_starts_on ON evaluation_round (starts_on);

-- A product of the round and the sheet its members score it on (the scoring sheet of its product
-- set, usable when added). A product is in a round once.
CREATE TABLE round_product (
    id          BIGINT     NOT NULL PRIMARY KEY,
    round_id    BIGINT     NOT NULL REFERENCES evaluation_round (id),
    product_id  BIGINT     NOT NULL REFERENCES product (id),
    sheet_id    BIGINT     NOT NULL REFERENCES scoring_sheet (id),
    added_at    TIMESTAMP  NOT NULL,
    CONSTRAINT uq_round_product UNIQUE (round_id, product_id)
);
CREATE SEQUENCE seq_round_product START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_round_product_product ON round_product (product_id);

-- The council of a round, as the People's Committee's decision established it, and the local rules
-- it works by: the quorum (share of the scoring members present, in %, and whether the chair must
-- be there; reference §5.2: Tây Ninh 3/4 with the chair) and the spread beyond which a member's
-- total is flagged (10 points in the provincial rules found).
CREATE TABLE council (
    id               BIGINT         NOT NULL PRIMARY KEY,
    round_id         BIGINT         NOT NULL REFERENCES evaluation_round (id),
    decision_number  VARCHAR(50),
    decision_date    DATE,
    quorum_percent   INTEGER        NOT NULL DEFAULT 75,
    chair_required   BOOLEAN        NOT NULL DEFAULT TRUE,
    max_spread       NUMERIC(5, 2)  NOT NULL DEFAULT 10,
    CONSTRAINT uq_council_round UNIQUE (round_id),
    CONSTRAINT ck_council_quorum CHECK (quorum_percent BETWEEN 1 AND 100),
    CONSTRAINT ck_council_spread CHECK (max_spread > 0 AND max_spread <= 100)
);
CREATE SEQUENCE seq_council START WITH 50 INCREMENT BY 50;

-- role: CHAIR, VICE_CHAIR, MEMBER score; SECRETARY keeps the minutes and does not score.
CREATE TABLE council_member (
    id          BIGINT        NOT NULL PRIMARY KEY,
    council_id  BIGINT        NOT NULL REFERENCES council (id),
    user_id     BIGINT        NOT NULL REFERENCES user_account (id),
    role        VARCHAR(20)   NOT NULL,
    position    VARCHAR(200),
    CONSTRAINT uq_council_member UNIQUE (council_id, user_id),
    CONSTRAINT ck_council_member_role CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY'))
);
CREATE SEQUENCE seq_council_member START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_council_member_user ON council_member (user_id);

-- The advisory / assisting group (tổ tư vấn, tổ giúp việc, reference §5.3); group_lead: its head.
CREATE TABLE advisory_member (
    id          BIGINT        NOT NULL PRIMARY KEY,
    council_id  BIGINT        NOT NULL REFERENCES council (id),
    user_id     BIGINT        NOT NULL REFERENCES user_account (id),
    group_lead  BOOLEAN       NOT NULL,
    position    VARCHAR(200),
    CONSTRAINT uq_advisory_member UNIQUE (council_id, user_id)
);
CREATE SEQUENCE seq_advisory_member START WITH 50 INCREMENT BY 50;

-- Append only: a member's declaration for a product of the round, no conflict or a conflict with
-- its note. The latest declaration stands; a conflict, once declared, stands for the round.
CREATE TABLE conflict_declaration (
    id                BIGINT        NOT NULL PRIMARY KEY,
    member_id         BIGINT        NOT NULL REFERENCES council_member (id),
    round_product_id  BIGINT        NOT NULL REFERENCES round_product (id),
    conflict          BOOLEAN       NOT NULL,
    note              VARCHAR(500),
    declared_at       TIMESTAMP     NOT NULL,
    CONSTRAINT ck_conflict_note CHECK (conflict = FALSE OR note IS NOT NULL)
);
CREATE SEQUENCE seq_conflict_declaration START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_conflict_member_product ON conflict_declaration (member_id, round_product_id);
CREATE INDEX ix_conflict_round_product ON conflict_declaration (round_product_id);

-- One member's sheet for one product: opened when the member declares no conflict, saved as a
-- draft at any time, locked once SUBMITTED. withdrawn: the member declared a conflict after the
-- sheet was opened; the sheet is kept and no longer counts.
CREATE TABLE score_sheet (
    id                BIGINT       NOT NULL PRIMARY KEY,
    member_id         BIGINT       NOT NULL REFERENCES council_member (id),
    round_product_id  BIGINT       NOT NULL REFERENCES round_product (id),
    status            VARCHAR(20)  NOT NULL,
    withdrawn         BOOLEAN      NOT NULL DEFAULT FALSE,
    saved_at          TIMESTAMP    NOT NULL,
    submitted_at      TIMESTAMP,
    version           BIGINT       NOT NULL,
    CONSTRAINT uq_score_sheet UNIQUE (member_id, round_product_id),
    CONSTRAINT ck_score_sheet_status CHECK (status IN ('DRAFT', 'SUBMITTED'))
);
CREATE SEQUENCE seq_score_sheet START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_score_sheet_round_product ON score_sheet (round_product_id);

-- The option chosen for one criterion (a node of the sheet whose children are options).
CREATE TABLE score_choice (
    id            BIGINT  NOT NULL PRIMARY KEY,
    sheet_id      BIGINT  NOT NULL REFERENCES score_sheet (id),
    criterion_id  BIGINT  NOT NULL REFERENCES criterion_node (id),
    option_id     BIGINT  NOT NULL REFERENCES criterion_node (id),
    CONSTRAINT uq_score_choice UNIQUE (sheet_id, criterion_id)
);
CREATE SEQUENCE seq_score_choice START WITH 50 INCREMENT BY 50;
