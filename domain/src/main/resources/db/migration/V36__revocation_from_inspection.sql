-- A revocation decision drafted from an inspection that proposed it: the inspection is one of its grounds (the
-- decision prints its day and body). Null for recognitions and for revocations on other grounds.
ALTER TABLE cert_decision ADD COLUMN inspection_id BIGINT REFERENCES cert_inspection (id);
CREATE INDEX ix_decision_inspection ON cert_decision (inspection_id);
