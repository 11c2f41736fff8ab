-- When a council meets a star mark of a 148/QĐ-TTg scoring sheet (the sheets mark the least option a class needs): by default when more than half of the counted sheets
-- that score the criterion reach the marked option; the council's mean and unanimity remain as options,
-- chosen when the council is established.
ALTER TABLE council ADD COLUMN gate_rule VARCHAR(16) DEFAULT 'MAJORITY' NOT NULL;

-- The missed star marks of a concluded round's frozen result, one row per mark in print order: the class
-- withheld, the criterion (code, title, where it is), the marked option, the points required and found,
-- and how many counted sheets reached the mark. Rounds concluded before keep their printed text only.
CREATE TABLE round_product_gate (
    round_product_id BIGINT        NOT NULL REFERENCES round_product (id),
    position         INT           NOT NULL,
    stars            INT           NOT NULL,
    criterion_code   VARCHAR(40),
    criterion_title  VARCHAR(500),
    criterion        VARCHAR(500),
    option_text      VARCHAR(500),
    required_points  NUMERIC(6, 2),
    found_points     NUMERIC(6, 2),
    sheets_met       INT           NOT NULL,
    sheets           INT           NOT NULL,
    CONSTRAINT pk_round_product_gate PRIMARY KEY (round_product_id, position)
);
