-- Certification (issue 6; reference §4.3, §6): the People's Committee's decisions (recognition of the
-- products a concluded round recognises, revocation of certificates), their numbers, the OCOP
-- certificates, expiry notices, and the decisions of higher levels recorded as received.
--
-- Portable across H2 2.x and PostgreSQL. The sequences start at 50 (a JPA provider with allocationSize
-- 50 reads a value as the END of its block, see V5__support_type_ids.sql).

-- The bytes of an issued document (a decision, the batch of a decision's certificates, a certificate,
-- an expiry notice), apart from the rows that list them, with their SHA-256 (hex). Written once, never updated.
CREATE TABLE cert_file (
    id          BIGINT        NOT NULL PRIMARY KEY,
    media_type  VARCHAR(100)  NOT NULL,
    content     BYTEA         NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    size_bytes  BIGINT        NOT NULL
);
CREATE SEQUENCE seq_cert_file START WITH 50 INCREMENT BY 50;

-- The official numbers: one counter per kind (DECISION, CERTIFICATE), issuing body (its code, e.g. 273 for
-- UBND huyện Đan Phượng) and year. The issuing transaction locks the row (SELECT … FOR UPDATE), takes the
-- next value and commits it with the document: no gap, no duplicate, even when the transaction fails.
CREATE TABLE cert_counter (
    counter_key  VARCHAR(60)  NOT NULL PRIMARY KEY,
    last_value   INTEGER      NOT NULL
);

-- The editable template of a decision per regime (reference §6.2): legal bases (one per line), the
-- proposer line, the unit in charge (Article 2) and the recipients (one per line).
CREATE TABLE cert_template (
    regime_code   VARCHAR(30)    NOT NULL PRIMARY KEY,
    legal_bases   VARCHAR(4000)  NOT NULL,
    proposer      VARCHAR(300)   NOT NULL,
    unit_in_charge VARCHAR(300)  NOT NULL,
    recipients    VARCHAR(2000)  NOT NULL,
    version       BIGINT         NOT NULL
);

-- A decision: DRAFT (the office edits it) → APPROVED (a leader approved it) → ISSUED (number, date, frozen
-- content, PDF and its SHA-256). kind RECOGNITION (from a concluded round) or REVOCATION (refers to the
-- recognition decision, with its grounds). An issued decision is never changed.
CREATE TABLE cert_decision (
    id              BIGINT         NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)    NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    round_id        BIGINT         REFERENCES evaluation_round (id),
    refers_to_id    BIGINT         REFERENCES cert_decision (id),
    body_code       VARCHAR(20)    NOT NULL,
    programme_year  INTEGER        NOT NULL,
    summary         VARCHAR(500)   NOT NULL,
    legal_bases     VARCHAR(4000)  NOT NULL,
    proposer        VARCHAR(300)   NOT NULL,
    article1        VARCHAR(2000)  NOT NULL,
    article2        VARCHAR(2000)  NOT NULL,
    article3        VARCHAR(2000)  NOT NULL,
    recipients      VARCHAR(2000)  NOT NULL,
    grounds         VARCHAR(2000),
    signing_mode    VARCHAR(20)    NOT NULL,
    signer_name     VARCHAR(100),
    number_year     INTEGER,
    sequence_no     INTEGER,
    number          VARCHAR(40),
    signed_on       DATE,
    drafted_at      TIMESTAMP      NOT NULL,
    drafted_by      VARCHAR(100)   NOT NULL,
    approved_at     TIMESTAMP,
    approved_by     VARCHAR(100),
    issued_at       TIMESTAMP,
    issued_by       VARCHAR(100),
    pdf_id          BIGINT         REFERENCES cert_file (id),
    certificates_pdf_id BIGINT     REFERENCES cert_file (id),
    version         BIGINT         NOT NULL,
    CONSTRAINT ck_cert_decision_kind CHECK (kind IN ('RECOGNITION', 'REVOCATION')),
    CONSTRAINT ck_cert_decision_status CHECK (status IN ('DRAFT', 'APPROVED', 'ISSUED')),
    CONSTRAINT ck_cert_decision_issued CHECK (status <> 'ISSUED' OR (number IS NOT NULL AND signed_on IS NOT NULL AND pdf_id IS NOT NULL)),
    CONSTRAINT ck_cert_decision_signing CHECK (signing_mode IN ('CHAIR', 'DEPUTY')),
    CONSTRAINT uq_cert_decision_number UNIQUE (body_code, number_year, sequence_no)
);
CREATE SEQUENCE seq_cert_decision START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_cert_decision_round ON cert_decision (round_id);

-- The products of a decision as printed in its annex, copied when drafted and frozen when issued: a product
-- recognised (with the round's result) or, in a revocation, the certificate revoked.
CREATE TABLE cert_decision_product (
    id              BIGINT         NOT NULL PRIMARY KEY,
    decision_id     BIGINT         NOT NULL REFERENCES cert_decision (id),
    position        INTEGER        NOT NULL,
    product_id      BIGINT         NOT NULL REFERENCES product (id),
    commune_id      BIGINT         REFERENCES administrative_unit (id),
    certificate_id  BIGINT,
    product_name    VARCHAR(200)   NOT NULL,
    producer_name   VARCHAR(200)   NOT NULL,
    address         VARCHAR(500)   NOT NULL,
    product_set     VARCHAR(300)   NOT NULL,
    score           NUMERIC(5, 2),
    stars           INTEGER        NOT NULL,
    note            VARCHAR(300),
    CONSTRAINT uq_cert_decision_product UNIQUE (decision_id, product_id)
);
CREATE SEQUENCE seq_cert_decision_product START WITH 50 INCREMENT BY 50;

-- A certificate: one per product of an issued recognition decision. number: OCOP-<body>-<year>-<sequence>,
-- letters, digits and hyphens only. valid_until: the last day of validity (36 months from signing).
-- status as the daily timer last marked it (VALID, EXPIRING, EXPIRED) or REVOKED by a revocation decision;
-- verification answers from the dates, so it is right even before the timer runs.
CREATE TABLE cert_certificate (
    id               BIGINT         NOT NULL PRIMARY KEY,
    number           VARCHAR(40)    NOT NULL,
    decision_id      BIGINT         NOT NULL REFERENCES cert_decision (id),
    product_id       BIGINT         NOT NULL REFERENCES product (id),
    commune_id       BIGINT         REFERENCES administrative_unit (id),
    product_name     VARCHAR(200)   NOT NULL,
    producer_name    VARCHAR(200)   NOT NULL,
    address          VARCHAR(500)   NOT NULL,
    stars            INTEGER        NOT NULL,
    valid_from       DATE           NOT NULL,
    valid_until      DATE           NOT NULL,
    status           VARCHAR(20)    NOT NULL,
    revoked_by_id    BIGINT         REFERENCES cert_decision (id),
    revoked_on       DATE,
    pdf_id           BIGINT         NOT NULL REFERENCES cert_file (id),
    version          BIGINT         NOT NULL,
    CONSTRAINT uq_cert_certificate_number UNIQUE (number),
    CONSTRAINT ck_cert_certificate_status CHECK (status IN ('VALID', 'EXPIRING', 'EXPIRED', 'REVOKED')),
    CONSTRAINT ck_cert_certificate_number CHECK (number NOT LIKE '%/%' AND number NOT LIKE '% %')
);
CREATE SEQUENCE seq_cert_certificate START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_cert_certificate_until ON cert_certificate (valid_until);
CREATE INDEX ix_cert_certificate_product ON cert_certificate (product_id);
CREATE INDEX ix_cert_certificate_decision ON cert_certificate (decision_id);

-- The written notice to a producer that their certificate expires (at least 30 days before, reference §4.3):
-- the PDF as generated, and when and by whom it was recorded as sent.
CREATE TABLE cert_expiry_notice (
    id              BIGINT         NOT NULL PRIMARY KEY,
    certificate_id  BIGINT         NOT NULL REFERENCES cert_certificate (id),
    created_at      TIMESTAMP      NOT NULL,
    created_by      VARCHAR(100)   NOT NULL,
    sent_on         DATE           NOT NULL,
    pdf_id          BIGINT         NOT NULL REFERENCES cert_file (id)
);
CREATE SEQUENCE seq_cert_expiry_notice START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_cert_expiry_notice_certificate ON cert_expiry_notice (certificate_id);

-- A decision of a higher level (the city for 4★, the central level for 5★) about the district's products,
-- recorded as received so that the district's register is complete; one row per product and class.
CREATE TABLE cert_received_decision (
    id            BIGINT         NOT NULL PRIMARY KEY,
    number        VARCHAR(40)    NOT NULL,
    signed_on     DATE           NOT NULL,
    body          VARCHAR(200)   NOT NULL,
    level         VARCHAR(20)    NOT NULL,
    recorded_at   TIMESTAMP      NOT NULL,
    recorded_by   VARCHAR(100)   NOT NULL,
    CONSTRAINT ck_cert_received_level CHECK (level IN ('PROVINCE', 'CENTRAL')),
    CONSTRAINT uq_cert_received UNIQUE (body, number)
);
CREATE SEQUENCE seq_cert_received_decision START WITH 50 INCREMENT BY 50;

CREATE TABLE cert_received_product (
    id           BIGINT   NOT NULL PRIMARY KEY,
    decision_id  BIGINT   NOT NULL REFERENCES cert_received_decision (id),
    product_id   BIGINT   NOT NULL REFERENCES product (id),
    stars        INTEGER  NOT NULL,
    valid_until  DATE     NOT NULL,
    CONSTRAINT uq_cert_received_product UNIQUE (decision_id, product_id),
    CONSTRAINT ck_cert_received_stars CHECK (stars BETWEEN 3 AND 5)
);
CREATE SEQUENCE seq_cert_received_product START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_cert_received_product ON cert_received_product (product_id);

-- Default templates from reference §6.2, per regime; the office edits them.
INSERT INTO cert_template (regime_code, legal_bases, proposer, unit_in_charge, recipients, version) VALUES
 ('1048',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Quyết định số 490/QĐ-TTg ngày 07 tháng 5 năm 2018 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2018 - 2020;
Căn cứ Quyết định số 1048/QĐ-TTg ngày 21 tháng 8 năm 2019 của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm;
Căn cứ Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm của Thành phố Hà Nội và của huyện;',
  'Theo đề nghị của Trưởng phòng Kinh tế huyện.',
  'Phòng Kinh tế huyện',
  'Như Điều 3;
UBND Thành phố Hà Nội (để báo cáo);
Sở Nông nghiệp và Phát triển nông thôn Hà Nội;
Chủ tịch, các Phó Chủ tịch UBND huyện;
Lưu: VT, KT.', 0),
 ('148',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
Căn cứ Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025;
Căn cứ Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm;
Căn cứ Kế hoạch thực hiện Chương trình mỗi xã một sản phẩm của Thành phố Hà Nội và của huyện;',
  'Theo đề nghị của Trưởng phòng Kinh tế huyện.',
  'Phòng Kinh tế huyện',
  'Như Điều 3;
UBND Thành phố Hà Nội (để báo cáo);
Sở Nông nghiệp và Phát triển nông thôn Hà Nội;
Chủ tịch, các Phó Chủ tịch UBND huyện;
Lưu: VT, KT.', 0),
 ('148-1489',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 919/QĐ-TTg ngày 01 tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025;
Căn cứ Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm, được sửa đổi bởi Quyết định số 1489/QĐ-TTg ngày 06 tháng 7 năm 2025;',
  'Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.',
  'Sở Nông nghiệp và Môi trường',
  'Như Điều 3;
Bộ Nông nghiệp và Môi trường (để báo cáo);
Lưu: VT, NNMT.', 0);
