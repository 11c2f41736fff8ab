-- A certificate is numbered in the issuing transaction and its PDF printed and frozen right after it (outside the
-- transaction that holds the body's counter): between the two, and until a restart prints what a crash left, its
-- print is not there yet.
ALTER TABLE cert_certificate ALTER COLUMN pdf_id DROP NOT NULL;
