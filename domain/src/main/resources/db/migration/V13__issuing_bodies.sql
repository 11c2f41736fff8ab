-- The bodies the portal serves, as data: the People's Committee of Hà Nội
-- (the province level, code 01), the former Đan Phượng district's People's Committee (code 273, whose
-- records up to 30/06/2025 the portal keeps) and the People's Committees of the three communes that
-- succeeded it on 01/07/2025. Each has the lines of its printed header (Decree 30/2020: the name of
-- the issuing body in two lines), its authority line, its short name, the place of signing, its
-- name in the sentences of the screens (Vietnamese and English; the words "Ủy ban nhân dân" and
-- "People's Committee" stay in the bundles) and its period of validity.
CREATE TABLE issuing_body (
    code          VARCHAR(20)   NOT NULL PRIMARY KEY,
    level         VARCHAR(20)   NOT NULL,
    unit_id       BIGINT        REFERENCES administrative_unit (id),
    header_line1  VARCHAR(200)  NOT NULL,
    header_line2  VARCHAR(200)  NOT NULL,
    authority     VARCHAR(300)  NOT NULL,
    short_name    VARCHAR(200)  NOT NULL,
    place         VARCHAR(100)  NOT NULL,
    area          VARCHAR(100)  NOT NULL,
    name_vi       VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200)  NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    version       BIGINT        NOT NULL,
    CONSTRAINT ck_issuing_body_level CHECK (level IN ('COMMUNE', 'DISTRICT', 'PROVINCE'))
);

-- What a body does under a regime: evaluates (its council scores), recognises the classes from..to
-- (decision and certificates), pre-screens part of the dossiers, forwards products of a class from a
-- score to another body (forwards_to: its code) or to the central level (forwards_to = 'CENTRAL').
CREATE TABLE issuing_body_role (
    id               BIGINT        NOT NULL PRIMARY KEY,
    body_code        VARCHAR(20)   NOT NULL REFERENCES issuing_body (code),
    regime_code      VARCHAR(30)   NOT NULL,
    evaluates        BOOLEAN       NOT NULL,
    recognises_from  INTEGER,
    recognises_to    INTEGER,
    prescreens       BOOLEAN       NOT NULL,
    forwards_to      VARCHAR(20),
    forwards_from    INTEGER,
    forwards_score   NUMERIC(5, 2),
    certain          BOOLEAN       NOT NULL,
    note             VARCHAR(1000),
    CONSTRAINT uq_issuing_body_role UNIQUE (body_code, regime_code),
    CONSTRAINT ck_issuing_body_role_classes CHECK (recognises_from IS NULL OR (recognises_to IS NOT NULL
        AND recognises_from BETWEEN 3 AND 5 AND recognises_to BETWEEN recognises_from AND 5))
);
CREATE SEQUENCE seq_issuing_body_role START WITH 100 INCREMENT BY 50;
CREATE INDEX ix_issuing_body_role_body ON issuing_body_role (body_code);

INSERT INTO issuing_body (code, level, unit_id, header_line1, header_line2, authority, short_name, place, area,
                               name_vi, name_en, valid_from, valid_to, version) VALUES
 ('01', 'PROVINCE', 1, 'ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HÀ NỘI', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'UBND Thành phố Hà Nội',
  'Hà Nội', 'Thành phố', 'thành phố Hà Nội', 'Hà Nội City', DATE '2008-08-01', NULL, 0),
 ('273', 'DISTRICT', 2, 'ỦY BAN NHÂN DÂN', 'HUYỆN ĐAN PHƯỢNG', 'ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG', 'UBND huyện Đan Phượng',
  'Đan Phượng', 'huyện', 'huyện Đan Phượng', 'Đan Phượng district', DATE '2008-08-01', DATE '2025-06-30', 0),
 ('09877', 'COMMUNE', 40, 'ỦY BAN NHÂN DÂN', 'XÃ ĐAN PHƯỢNG', 'ỦY BAN NHÂN DÂN XÃ ĐAN PHƯỢNG', 'UBND xã Đan Phượng',
  'Đan Phượng', 'xã', 'xã Đan Phượng', 'Đan Phượng commune', DATE '2025-07-01', NULL, 0),
 ('09898', 'COMMUNE', 41, 'ỦY BAN NHÂN DÂN', 'XÃ Ô DIÊN', 'ỦY BAN NHÂN DÂN XÃ Ô DIÊN', 'UBND xã Ô Diên',
  'Ô Diên', 'xã', 'xã Ô Diên', 'Ô Diên commune', DATE '2025-07-01', NULL, 0),
 ('09883', 'COMMUNE', 42, 'ỦY BAN NHÂN DÂN', 'XÃ LIÊN MINH', 'ỦY BAN NHÂN DÂN XÃ LIÊN MINH', 'UBND xã Liên Minh',
  'Liên Minh', 'xã', 'xã Liên Minh', 'Liên Minh commune', DATE '2025-07-01', NULL, 0);

-- Roles by regime. The former district under 1048 follows its 2019 plan as the
-- rating catalogue records it (recognition at district level of the products of 50 points and more,
-- i.e. classes 3–5; uncertain, as recognition_rule 23 says).
INSERT INTO issuing_body_role (id, body_code, regime_code, evaluates, recognises_from, recognises_to, prescreens,
                                    forwards_to, forwards_from, forwards_score, certain, note) VALUES
 (1, '273', '1048', TRUE, 3, 5, FALSE, '01', 3, 50.00, FALSE,
  'Kế hoạch OCOP năm 2019 của huyện: huyện công nhận ở cấp huyện sản phẩm từ 50 điểm và gửi sản phẩm tốt nhất lên Thành phố. Cổng thông tin áp dụng theo kế hoạch năm 2019 của huyện.'),
 (2, '273', '148', TRUE, 3, 3, FALSE, '01', 4, 70.00, TRUE,
  'UBND huyện công nhận sản phẩm 3 sao và đề nghị Thành phố đánh giá sản phẩm từ 70 điểm.'),
 (3, '01', '1048', TRUE, 3, 4, FALSE, 'CENTRAL', 5, 90.00, FALSE,
  'UBND Thành phố công nhận 3 và 4 sao (theo Quyết định 1489/QĐ-TTg sửa đổi Quyết định 148/QĐ-TTg), đề nghị Trung ương đánh giá sản phẩm từ 90 điểm.'),
 (4, '01', '148', TRUE, 4, 4, FALSE, 'CENTRAL', 5, 90.00, TRUE,
  'UBND Thành phố công nhận 4 sao, đề nghị Trung ương đánh giá sản phẩm từ 90 điểm.'),
 (5, '01', '148-1489', TRUE, 3, 4, FALSE, 'CENTRAL', 5, 90.00, TRUE,
  'Hội đồng cấp Thành phố đánh giá; UBND Thành phố công nhận 3 và 4 sao; sản phẩm từ 90 điểm đề nghị Bộ Nông nghiệp và Môi trường.'),
 (6, '09877', '148-1489', FALSE, NULL, NULL, TRUE, '01', NULL, NULL, FALSE,
  'UBND xã đánh giá sơ bộ một phần hồ sơ rồi chuyển lên Thành phố. CHƯA CHẮC CHẮN: chưa đối chiếu toàn văn QĐ 1489.'),
 (7, '09898', '148-1489', FALSE, NULL, NULL, TRUE, '01', NULL, NULL, FALSE,
  'UBND xã đánh giá sơ bộ một phần hồ sơ rồi chuyển lên Thành phố. CHƯA CHẮC CHẮN: chưa đối chiếu toàn văn QĐ 1489.'),
 (8, '09883', '148-1489', FALSE, NULL, NULL, TRUE, '01', NULL, NULL, FALSE,
  'UBND xã đánh giá sơ bộ một phần hồ sơ rồi chuyển lên Thành phố. CHƯA CHẮC CHẮN: chưa đối chiếu toàn văn QĐ 1489.');

-- A decision keeps the texts of the body that issued it as they were when it was drafted and issued:
-- a later change of the body's row or of the server's configuration never alters what it prints.
ALTER TABLE cert_decision ADD COLUMN body_header_line1 VARCHAR(200);
ALTER TABLE cert_decision ADD COLUMN body_header_line2 VARCHAR(200);
ALTER TABLE cert_decision ADD COLUMN body_authority VARCHAR(300);
ALTER TABLE cert_decision ADD COLUMN body_short_name VARCHAR(200);
ALTER TABLE cert_decision ADD COLUMN body_place VARCHAR(100);
ALTER TABLE cert_decision ADD COLUMN body_area VARCHAR(100);

-- Every decision stored so far was drafted for the former district (the only body of the release):
-- back-filled with the texts that release printed.
UPDATE cert_decision SET body_header_line1 = 'ỦY BAN NHÂN DÂN', body_header_line2 = 'HUYỆN ĐAN PHƯỢNG',
    body_authority = 'ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG', body_short_name = 'UBND huyện Đan Phượng',
    body_place = 'Đan Phượng', body_area = 'huyện'
 WHERE body_code = '273';

ALTER TABLE cert_decision ALTER COLUMN body_header_line1 SET NOT NULL;
ALTER TABLE cert_decision ALTER COLUMN body_header_line2 SET NOT NULL;
ALTER TABLE cert_decision ALTER COLUMN body_authority SET NOT NULL;
ALTER TABLE cert_decision ALTER COLUMN body_short_name SET NOT NULL;
ALTER TABLE cert_decision ALTER COLUMN body_place SET NOT NULL;
ALTER TABLE cert_decision ALTER COLUMN body_area SET NOT NULL;
ALTER TABLE cert_decision ADD CONSTRAINT fk_cert_decision_body FOREIGN KEY (body_code) REFERENCES issuing_body (code);
