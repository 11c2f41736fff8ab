-- Issue 5, results: the council's conclusion per product, the result frozen when the round is
-- concluded, the history of re-scores, and the paper fallback's double entry.

-- The council's conclusion per product as the office records it during the session (NULL: the
-- proposal of the rules stands), and, once the round is concluded, the result as it was then:
-- frozen, never recomputed (a later change of the rules or the catalogue does not move it).
ALTER TABLE round_product ADD COLUMN conclusion VARCHAR(30);
ALTER TABLE round_product ADD COLUMN conclusion_note VARCHAR(1000);
ALTER TABLE round_product ADD COLUMN members INTEGER;
ALTER TABLE round_product ADD COLUMN mean NUMERIC(5, 2);
ALTER TABLE round_product ADD COLUMN part_a NUMERIC(5, 2);
ALTER TABLE round_product ADD COLUMN part_b NUMERIC(5, 2);
ALTER TABLE round_product ADD COLUMN part_c NUMERIC(5, 2);
ALTER TABLE round_product ADD COLUMN band_stars INTEGER;
ALTER TABLE round_product ADD COLUMN stars INTEGER;
ALTER TABLE round_product ADD COLUMN gated_by VARCHAR(2000);
ALTER TABLE round_product ADD COLUMN forward_to VARCHAR(20);
ALTER TABLE round_product ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A re-score: the chair asked a member to score a product again. The sheet as it was submitted is
-- kept here (choices as "criterion:option,…", its total), and the sheet reopens as a draft.
CREATE TABLE sheet_revision (
    id            BIGINT         NOT NULL PRIMARY KEY,
    sheet_id      BIGINT         NOT NULL REFERENCES score_sheet (id),
    submitted_at  TIMESTAMP      NOT NULL,
    total         NUMERIC(6, 2)  NOT NULL,
    choices       VARCHAR(4000)  NOT NULL,
    reopened_at   TIMESTAMP      NOT NULL,
    reopened_by   VARCHAR(40)    NOT NULL,
    reason        VARCHAR(500)   NOT NULL
);
CREATE SEQUENCE seq_sheet_revision START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_sheet_revision_sheet ON sheet_revision (sheet_id);

-- The paper fallback: a member's paper sheet keyed in by one officer and again by a second; the
-- member's sheet is written only when both entries agree. One entry per officer, member and product.
CREATE TABLE paper_entry (
    id                BIGINT         NOT NULL PRIMARY KEY,
    round_product_id  BIGINT         NOT NULL REFERENCES round_product (id),
    member_id         BIGINT         NOT NULL REFERENCES council_member (id),
    entered_by        VARCHAR(40)    NOT NULL,
    entered_at        TIMESTAMP      NOT NULL,
    choices           VARCHAR(4000)  NOT NULL,
    accepted          BOOLEAN        DEFAULT FALSE NOT NULL,
    CONSTRAINT uq_paper_entry UNIQUE (round_product_id, member_id, entered_by)
);
CREATE SEQUENCE seq_paper_entry START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_paper_entry_member ON paper_entry (member_id, round_product_id);
