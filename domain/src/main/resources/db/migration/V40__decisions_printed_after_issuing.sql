-- A decision is numbered in the issuing transaction and its PDF printed and frozen right after it (outside the
-- transaction that holds the body's counter), as its certificates are (V37): between the two, and until a restart
-- prints what a crash left, an issued decision has its number and signing date but not its print yet.
ALTER TABLE cert_decision DROP CONSTRAINT ck_cert_decision_issued;
ALTER TABLE cert_decision ADD CONSTRAINT ck_cert_decision_issued
    CHECK (status <> 'ISSUED' OR (number IS NOT NULL AND signed_on IS NOT NULL));
