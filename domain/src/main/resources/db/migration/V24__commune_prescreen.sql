-- The commune's pre-screen of a dossier under 148/QĐ-TTg as amended by 1489/QĐ-TTg: the
-- People's Committee of the commune checks part of each dossier of its producers (the origin of the product or of its
-- local raw material, the use of local labour, the origin of the product idea, …) and passes it to the City's council
-- or returns it to the producer. The items are data the administrator edits: the full text of 1489 has not been read
-- (the full text of 1489/QĐ-TTg was not at hand), so every seeded item is marked in admin_note, which only administrators see.
CREATE TABLE prescreen_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(30)   NOT NULL,
    text_vi       VARCHAR(500)  NOT NULL,
    text_en       VARCHAR(500)  NOT NULL,
    legal_source  VARCHAR(300)  NOT NULL,
    sort_order    INTEGER       NOT NULL,
    mandatory     BOOLEAN       NOT NULL,
    active        BOOLEAN       NOT NULL,
    admin_note    VARCHAR(1000),
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_prescreen_item_code UNIQUE (code)
);
CREATE SEQUENCE seq_prescreen_item START WITH 100 INCREMENT BY 50;

INSERT INTO prescreen_item (id, code, text_vi, text_en, legal_source, sort_order, mandatory, active, admin_note, version) VALUES
 (1, 'ORIGIN', 'Nguồn gốc sản phẩm, nguồn nguyên liệu tại địa phương',
  'Origin of the product and of its local raw material', 'QĐ 148/QĐ-TTg, sửa đổi bởi QĐ 1489/QĐ-TTg (Phụ lục II)', 1, TRUE, TRUE,
  'Theo Quyết định 1489/QĐ-TTg; cần đối chiếu với toàn văn quyết định.', 0),
 (2, 'LOCAL_LABOUR', 'Sử dụng lao động tại địa phương',
  'Use of local labour', 'QĐ 148/QĐ-TTg, sửa đổi bởi QĐ 1489/QĐ-TTg (Phụ lục II)', 2, TRUE, TRUE,
  'Theo Quyết định 1489/QĐ-TTg; cần đối chiếu với toàn văn quyết định.', 0),
 (3, 'IDEA_ORIGIN', 'Nguồn gốc ý tưởng sản phẩm',
  'Origin of the product idea', 'QĐ 148/QĐ-TTg, sửa đổi bởi QĐ 1489/QĐ-TTg (Phụ lục II)', 3, TRUE, TRUE,
  'Theo Quyết định 1489/QĐ-TTg; cần đối chiếu với toàn văn quyết định.', 0),
 (4, 'DOSSIER_PARTS', 'Hồ sơ có phiếu đăng ký sản phẩm và báo cáo tự đánh giá theo bộ tiêu chí',
  'The dossier holds the product registration form and the self-assessment against the criteria',
  'QĐ 148/QĐ-TTg (Phụ lục II)', 4, FALSE, TRUE,
  'Thành phần hồ sơ theo Quyết định 148/QĐ-TTg; cần xác định Quyết định 1489/QĐ-TTg có giao xã kiểm tra mục này không.', 0);

-- One pre-screen per submission of a dossier (the product's move to "dossier submitted"): a dossier returned and
-- submitted again is pre-screened again; a pre-screen is never changed.
CREATE TABLE prescreen (
    id             BIGINT        NOT NULL PRIMARY KEY,
    product_id     BIGINT        NOT NULL REFERENCES product (id),
    submission_id  BIGINT        NOT NULL REFERENCES product_transition (id),
    body_code      VARCHAR(20)   NOT NULL REFERENCES issuing_body (code),
    officer        VARCHAR(100)  NOT NULL,
    officer_name   VARCHAR(200)  NOT NULL,
    screened_on    DATE          NOT NULL,
    screened_at    TIMESTAMP     NOT NULL,
    outcome        VARCHAR(20)   NOT NULL,
    remarks        VARCHAR(2000),
    reasons        VARCHAR(2000),
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_prescreen_submission UNIQUE (submission_id),
    CONSTRAINT ck_prescreen_outcome CHECK (outcome IN ('PASSED', 'RETURNED'))
);
CREATE SEQUENCE seq_prescreen START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_prescreen_product ON prescreen (product_id);

CREATE TABLE prescreen_result (
    id            BIGINT       NOT NULL PRIMARY KEY,
    prescreen_id  BIGINT       NOT NULL REFERENCES prescreen (id),
    item_id       BIGINT       NOT NULL REFERENCES prescreen_item (id),
    item_result   VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_prescreen_result UNIQUE (prescreen_id, item_id),
    CONSTRAINT ck_prescreen_result CHECK (item_result IN ('MET', 'NOT_MET', 'NOT_APPLICABLE'))
);
CREATE SEQUENCE seq_prescreen_result START WITH 50 INCREMENT BY 50;
