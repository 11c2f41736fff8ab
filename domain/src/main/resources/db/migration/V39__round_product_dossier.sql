-- Which of the product's dossiers a round evaluated (1 for the first; a re-evaluation or an upgrade opens the next),
-- so that the product's history places each round under its dossier without reading the clock. Rows added before
-- this migration keep it empty: the history then places them by the day they were added, as before.
ALTER TABLE round_product ADD COLUMN dossier_number INTEGER;
