-- Inspections of recognised products after their recognition (148/QĐ-TTg: the issuing body inspects the products it
-- recognised, periodically or without notice, and revokes the recognition of a product that no longer meets it).
-- One row per inspection of a certificate: the day, the body that inspected, its inspectors, what it looked at, what it
-- found and its outcome (COMPLIANT; TO_REMEDY by a day; PROPOSE_REVOCATION), with the signed minutes as an uploaded
-- file (its bytes in stored_file, as every upload). The product and the commune are copied from the certificate so
-- that the product page and a commune officer's list read this table alone.
CREATE TABLE cert_inspection (
    id              BIGINT         NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    certificate_id  BIGINT         NOT NULL REFERENCES cert_certificate (id),
    product_id      BIGINT         NOT NULL REFERENCES product (id),
    commune_id      BIGINT,
    kind            VARCHAR(10)    NOT NULL,
    inspected_on    DATE           NOT NULL,
    body            VARCHAR(300)   NOT NULL,
    inspectors      VARCHAR(500)   NOT NULL,
    scope           VARCHAR(2000)  NOT NULL,
    findings        VARCHAR(4000),
    outcome         VARCHAR(20)    NOT NULL,
    remedy_by       DATE,
    file_name       VARCHAR(255),
    media_type      VARCHAR(50),
    size_bytes      BIGINT,
    sha256          VARCHAR(64),
    file_id         BIGINT         REFERENCES stored_file (id),
    recorded_by     VARCHAR(60)    NOT NULL,
    recorded_at     TIMESTAMP      NOT NULL,
    CONSTRAINT ck_inspection_kind CHECK (kind IN ('PERIODIC', 'SURPRISE')),
    CONSTRAINT ck_inspection_outcome CHECK (outcome IN ('COMPLIANT', 'TO_REMEDY', 'PROPOSE_REVOCATION')),
    CONSTRAINT ck_inspection_remedy CHECK ((outcome = 'TO_REMEDY' AND remedy_by IS NOT NULL AND remedy_by > inspected_on)
        OR (outcome <> 'TO_REMEDY' AND remedy_by IS NULL))
);
CREATE SEQUENCE seq_cert_inspection START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_inspection_certificate ON cert_inspection (certificate_id, inspected_on);
CREATE INDEX ix_inspection_product ON cert_inspection (product_id);
CREATE INDEX ix_inspection_day ON cert_inspection (inspected_on);
CREATE INDEX ix_inspection_commune ON cert_inspection (commune_id);
