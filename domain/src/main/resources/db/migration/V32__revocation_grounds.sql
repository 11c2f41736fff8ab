-- The grounds of a revocation decision as a structured list (the grounds seen in revocation decisions, e.g. Hà Tĩnh's
-- 3763/QĐ-UBND of 18/11/2021: the declared production process not followed; food-safety failures; raw-material
-- suppliers not meeting food-safety conditions; the product no longer matching its certified quality or design;
-- production stopped; quality and traceability records missing; other, explained). The codes, comma-separated; the
-- column grounds keeps the reason as printed (the grounds' wording and the office's explanation). Null for
-- recognitions and for revocations drafted before this list existed (their grounds are their printed text).
ALTER TABLE cert_decision ADD COLUMN ground_codes VARCHAR(300);
