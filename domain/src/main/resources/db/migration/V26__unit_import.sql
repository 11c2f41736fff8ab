-- Administrative units from the official list: the administrator imports it as a file, so new units
-- and successions take their ids from sequences (above every id the migrations gave). The units that
-- the reference data shipped for the demonstration (Hà Nội, the former Đan Phượng district and its 16
-- communes, the three communes that succeeded them on 01/07/2025) are marked as demonstration data
-- until an imported official list confirms them.
CREATE SEQUENCE seq_administrative_unit START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seq_unit_succession START WITH 1000 INCREMENT BY 50;

ALTER TABLE administrative_unit ADD COLUMN demonstration BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE administrative_unit SET demonstration = TRUE WHERE id IN (1, 2, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
    24, 25, 40, 41, 42);

CREATE INDEX ix_unit_code ON administrative_unit (code);
CREATE INDEX ix_unit_succession_successor ON unit_succession (successor_id);
