-- Issue 5: the producer's self-assessment (148/QĐ-TTg requires it in the dossier; the office keys
-- it from the dossier's document) and the advisory group's pre-score of a product of a round, each
-- on the product's sheet, shown side by side with the council's mean per criterion. One of each kind
-- per product of a round; kept as "criterion:option,…".
CREATE TABLE reference_score (
    id                BIGINT         NOT NULL PRIMARY KEY,
    round_product_id  BIGINT         NOT NULL REFERENCES round_product (id),
    kind              VARCHAR(20)    NOT NULL,
    choices           VARCHAR(4000)  NOT NULL,
    entered_by        VARCHAR(40)    NOT NULL,
    entered_at        TIMESTAMP      NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uq_reference_score UNIQUE (round_product_id, kind),
    CONSTRAINT ck_reference_score_kind CHECK (kind IN ('SELF_ASSESSMENT', 'ADVISORY'))
);
CREATE SEQUENCE seq_reference_score START WITH 50 INCREMENT BY 50;
