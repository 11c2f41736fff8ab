-- A recognised product registered again for re-evaluation or an upgrade stays one product with several evaluations.
-- product.dossier_number: which of its dossiers is being prepared or was last submitted (1 for the first);
-- product.certificate_in_force: the number of the certificate in force that the current registration starts from.
ALTER TABLE product ADD COLUMN dossier_number INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE product ADD COLUMN certificate_in_force VARCHAR(40);

-- The registration type of each submission and re-registration, so that the product's history shows each one.
ALTER TABLE product_transition ADD COLUMN registration_type VARCHAR(20);
UPDATE product_transition t SET registration_type = (SELECT p.registration_type FROM product p WHERE p.id = t.product_id)
 WHERE t.to_step = 'DOSSIER_SUBMITTED';

-- A dossier document belongs to the product's dossiers dossier_from up to (not including) dossier_until: carried over
-- to the next dossier while still valid, left out (dossier_until set) when its validity (valid_until, when the paper
-- has one) ended before the re-registration or when a new one is needed for every registration (the form, the
-- self-assessment).
ALTER TABLE dossier_document ADD COLUMN valid_until DATE;
ALTER TABLE dossier_document ADD COLUMN dossier_from INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE dossier_document ADD COLUMN dossier_until INTEGER;
