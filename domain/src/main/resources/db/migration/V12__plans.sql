-- Programme plans (issue 8): the district's yearly OCOP plan (number, date, title) and its targets.
-- A target has a kind (producers taking part, products evaluated, products recognised of a class,
-- the support budget) and a unit (a count, a share in % or an amount in VND); its actual is never
-- stored: it is computed from the data each time it is shown. The training coverage targets of
-- the plan stay in training_target (V10), where the training records read them.
-- Column names avoid words that H2 2.x reserves (year, value, percent).

CREATE TABLE ocop_plan (
    id          BIGINT        NOT NULL PRIMARY KEY,
    plan_year   INTEGER       NOT NULL,
    number      VARCHAR(60)   NOT NULL,
    issued_on   DATE          NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_ocop_plan_year UNIQUE (plan_year)
);
CREATE SEQUENCE seq_ocop_plan START WITH 50 INCREMENT BY 50;

CREATE TABLE plan_target (
    id          BIGINT         NOT NULL PRIMARY KEY,
    plan_id     BIGINT         NOT NULL REFERENCES ocop_plan (id),
    position    INTEGER        NOT NULL,
    kind        VARCHAR(30)    NOT NULL,
    unit        VARCHAR(10)    NOT NULL,
    stars       INTEGER,
    amount      NUMERIC(15, 1) NOT NULL,
    note        VARCHAR(300)
);
CREATE SEQUENCE seq_plan_target START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_plan_target_plan ON plan_target (plan_id);
