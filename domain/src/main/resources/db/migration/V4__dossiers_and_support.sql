-- Dossiers (reference §5.5): the documents of a product's dossier and its photos, and the support
-- the district gives producers under the city's policy (plan step 4). The bytes of every uploaded
-- file live in stored_file, so that lists and checklists never read them.

ALTER TABLE product ADD COLUMN description VARCHAR(1000);
ALTER TABLE product ADD COLUMN samples INTEGER;

CREATE TABLE stored_file (
    id          BIGINT       NOT NULL PRIMARY KEY,
    content     BYTEA        NOT NULL,
    thumbnail   BYTEA
);
CREATE SEQUENCE seq_stored_file START WITH 50 INCREMENT BY 50;

-- One uploaded document of a product's dossier, or a photo of the product (item PHOTO).
CREATE TABLE dossier_document (
    id           BIGINT        NOT NULL PRIMARY KEY,
    product_id   BIGINT        NOT NULL REFERENCES product (id),
    item         VARCHAR(40)   NOT NULL,
    issuer       VARCHAR(200),
    issued_on    DATE,
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(50)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    file_id      BIGINT        NOT NULL REFERENCES stored_file (id),
    uploaded_by  VARCHAR(60)   NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL
);
CREATE SEQUENCE seq_dossier_document START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_dossier_document_product ON dossier_document (product_id);
CREATE INDEX ix_dossier_document_sha256 ON dossier_document (sha256);

-- The kinds of support of the city's policy; reference data that the district office may edit.
CREATE TABLE support_type (
    id          BIGINT        NOT NULL PRIMARY KEY,
    code        VARCHAR(30)   NOT NULL,
    name_vi     VARCHAR(200)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    position    INTEGER       NOT NULL,
    active      BOOLEAN       NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_support_type_code UNIQUE (code)
);
CREATE SEQUENCE seq_support_type START WITH 50 INCREMENT BY 50;

INSERT INTO support_type (id, code, name_vi, name_en, position, active, version) VALUES
 (1, 'EQUIPMENT', 'Máy móc, thiết bị phục vụ trồng trọt, chăn nuôi, bảo quản, chế biến',
     'Machinery and equipment for growing, breeding, preserving and processing', 1, TRUE, 0),
 (2, 'BRANDING', 'Thiết kế nhãn, mẫu mã, bao bì và đăng ký nhãn hiệu',
     'Design of labels, samples and packaging; trademark registration', 2, TRUE, 0),
 (3, 'BUSINESS_PLAN', 'Xây dựng phương án sản xuất kinh doanh, tiếp cận nguồn vốn',
     'Business plans and access to capital', 3, TRUE, 0),
 (4, 'EXPERTS', 'Thuê chuyên gia nâng cấp sản phẩm đạt tiêu chuẩn quốc gia, quốc tế',
     'Experts to raise a product to national or international level', 4, TRUE, 0),
 (5, 'ANALYSIS', 'Phân tích chỉ tiêu sản phẩm thực phẩm, đồ uống, thảo dược phục vụ đánh giá cấp thành phố',
     'Analysis of food, drink and herbal products for the city''s evaluation', 5, TRUE, 0);

-- One support given to a producer (and to one of its products where it applies).
CREATE TABLE support (
    id               BIGINT        NOT NULL PRIMARY KEY,
    producer_id      BIGINT        NOT NULL REFERENCES producer (id),
    product_id       BIGINT        REFERENCES product (id),
    support_type_id  BIGINT        NOT NULL REFERENCES support_type (id),
    granted_on       DATE          NOT NULL,
    amount_vnd       BIGINT        NOT NULL,
    funding_source   VARCHAR(30)   NOT NULL,
    reference_number VARCHAR(60),
    note             VARCHAR(500),
    recorded_by      VARCHAR(60)   NOT NULL,
    recorded_at      TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE SEQUENCE seq_support START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_support_producer ON support (producer_id);
CREATE INDEX ix_support_granted_on ON support (granted_on);

-- Documents attached to a support record (decision, contract, acceptance report…).
CREATE TABLE support_document (
    id           BIGINT        NOT NULL PRIMARY KEY,
    support_id   BIGINT        NOT NULL REFERENCES support (id),
    file_name    VARCHAR(255)  NOT NULL,
    media_type   VARCHAR(50)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    file_id      BIGINT        NOT NULL REFERENCES stored_file (id),
    uploaded_by  VARCHAR(60)   NOT NULL,
    uploaded_at  TIMESTAMP     NOT NULL
);
CREATE SEQUENCE seq_support_document START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_support_document_support ON support_document (support_id);

-- Producers are filtered by type on the registration pages.
CREATE INDEX ix_producer_type ON producer (type);
