-- A leader sends a draft (or an approved) decision back to the office with a reason; the office sees the reason,
-- who and when, until the decision is approved.
ALTER TABLE cert_decision ADD COLUMN sent_back_reason VARCHAR(500);
ALTER TABLE cert_decision ADD COLUMN sent_back_by VARCHAR(100);
ALTER TABLE cert_decision ADD COLUMN sent_back_at TIMESTAMP;
