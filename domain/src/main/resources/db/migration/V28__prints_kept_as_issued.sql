-- The prints that are issued and signed keep their bytes, as decisions and certificates do (cert_file, append-only on
-- PostgreSQL): the commune's pre-screen when it is recorded, the training completion certificate when it is issued.
-- A later change of the checklist, of a course or of the deployment's body never alters them. Rows of before this
-- migration have none: each is kept at its first print.
ALTER TABLE prescreen ADD COLUMN pdf_id BIGINT;
ALTER TABLE prescreen ADD CONSTRAINT fk_prescreen_pdf FOREIGN KEY (pdf_id) REFERENCES cert_file (id);
ALTER TABLE training_enrolment ADD COLUMN certificate_pdf_id BIGINT;
ALTER TABLE training_enrolment ADD CONSTRAINT fk_enrolment_certificate_pdf FOREIGN KEY (certificate_pdf_id)
    REFERENCES cert_file (id);
-- The registration form and the dossier checklist of each submission of a dossier, as submitted.
ALTER TABLE product_transition ADD COLUMN registration_form_pdf_id BIGINT;
ALTER TABLE product_transition ADD CONSTRAINT fk_transition_form_pdf FOREIGN KEY (registration_form_pdf_id)
    REFERENCES cert_file (id);
ALTER TABLE product_transition ADD COLUMN checklist_pdf_id BIGINT;
ALTER TABLE product_transition ADD CONSTRAINT fk_transition_checklist_pdf FOREIGN KEY (checklist_pdf_id)
    REFERENCES cert_file (id);
