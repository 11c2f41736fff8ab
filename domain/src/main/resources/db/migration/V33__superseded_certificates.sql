-- A certificate replaced while still in force by a later recognition of the same product (a re-evaluation or an
-- upgrade, whether the class rose or fell) is SUPERSEDED from the later one's signing day, stored: superseded_on is
-- that day, superseded_by_number the later certificate's number (superseded_by_id points at it) or, when the later
-- recognition is a higher level's decision recorded as received, that decision's number (superseded_by_id null).
-- A certificate that had expired or was revoked before the later recognition keeps its state. Only a certificate
-- that confers its class is superseded by a received decision (a district-level recognition of the 2019 practice
-- keeps its own level; the higher level's class is shown with it).
ALTER TABLE cert_certificate ADD COLUMN superseded_by_id BIGINT;
ALTER TABLE cert_certificate ADD COLUMN superseded_by_number VARCHAR(60);
ALTER TABLE cert_certificate ADD COLUMN superseded_on DATE;
ALTER TABLE cert_certificate ADD CONSTRAINT fk_cert_certificate_superseded FOREIGN KEY (superseded_by_id)
    REFERENCES cert_certificate (id);
ALTER TABLE cert_certificate DROP CONSTRAINT ck_cert_certificate_status;
ALTER TABLE cert_certificate ADD CONSTRAINT ck_cert_certificate_status
    CHECK (status IN ('VALID', 'EXPIRING', 'EXPIRED', 'REVOKED', 'SUPERSEDED'));

-- Back-fill: what the verification page derived until now, stored. First the earliest later certificate of the same
-- product signed while this one was in force (and before any revocation of this one)...
UPDATE cert_certificate c SET superseded_by_id = (
    SELECT l.id FROM cert_certificate l WHERE l.product_id = c.product_id AND l.valid_from > c.valid_from
       AND l.valid_from <= c.valid_until AND (c.revoked_on IS NULL OR l.valid_from < c.revoked_on)
     ORDER BY l.valid_from, l.number FETCH FIRST 1 ROWS ONLY);
UPDATE cert_certificate c SET
    superseded_by_number = (SELECT l.number FROM cert_certificate l WHERE l.id = c.superseded_by_id),
    superseded_on = (SELECT l.valid_from FROM cert_certificate l WHERE l.id = c.superseded_by_id)
 WHERE c.superseded_by_id IS NOT NULL;
-- ... then a received decision of a higher level signed earlier than that (or when there is none).
UPDATE cert_certificate c SET superseded_on = (
    SELECT MIN(d.signed_on) FROM cert_received_product r JOIN cert_received_decision d ON d.id = r.decision_id
     WHERE r.product_id = c.product_id AND d.signed_on > c.valid_from AND d.signed_on <= c.valid_until
       AND (c.revoked_on IS NULL OR d.signed_on < c.revoked_on)), superseded_by_id = NULL
 WHERE c.conferred_stars IS NOT NULL AND EXISTS (
    SELECT 1 FROM cert_received_product r JOIN cert_received_decision d ON d.id = r.decision_id
     WHERE r.product_id = c.product_id AND d.signed_on > c.valid_from AND d.signed_on <= c.valid_until
       AND (c.revoked_on IS NULL OR d.signed_on < c.revoked_on)
       AND (c.superseded_on IS NULL OR d.signed_on < c.superseded_on));
UPDATE cert_certificate c SET superseded_by_number = (
    SELECT MIN(d.number) FROM cert_received_product r JOIN cert_received_decision d ON d.id = r.decision_id
     WHERE r.product_id = c.product_id AND d.signed_on = c.superseded_on)
 WHERE c.superseded_on IS NOT NULL AND c.superseded_by_id IS NULL;
UPDATE cert_certificate SET status = 'SUPERSEDED', version = version + 1
 WHERE superseded_on IS NOT NULL AND status <> 'REVOKED';
-- a certificate revoked after it was superseded keeps REVOKED and the record of its supersession
CREATE INDEX ix_cert_certificate_superseded ON cert_certificate (superseded_by_id);
