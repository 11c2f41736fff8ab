-- Registration: product sets of the criteria sets (versioned reference data, reference §2),
-- producers (chủ thể OCOP) with their legal-form history and managers, products and their path
-- through the OCOP cycle. A product keeps the product set it was evaluated under.

CREATE TABLE product_set (
    id            BIGINT       NOT NULL PRIMARY KEY,
    criteria_set  VARCHAR(20)  NOT NULL,
    number        INTEGER      NOT NULL,
    code          VARCHAR(10)  NOT NULL,
    group_name    VARCHAR(120) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    CONSTRAINT uq_product_set UNIQUE (criteria_set, number)
);

-- 148/QĐ-TTg (24/02/2023 onwards), Annex I, numbered 1–26 as in Annexes II/III.
INSERT INTO product_set (id, criteria_set, number, code, group_name, name) VALUES
 (1, '148/QĐ-TTg', 1, 'I.1.a', 'Thực phẩm tươi sống', 'Rau, củ, quả, hạt tươi'),
 (2, '148/QĐ-TTg', 2, 'I.1.b', 'Thực phẩm tươi sống', 'Thịt, thủy sản, trứng, sữa tươi'),
 (3, '148/QĐ-TTg', 3, 'I.2.a', 'Thực phẩm thô, sơ chế', 'Gạo, ngũ cốc, hạt sơ chế khác'),
 (4, '148/QĐ-TTg', 4, 'I.2.b', 'Thực phẩm thô, sơ chế', 'Mật ong, mật khác và nông sản thực phẩm khác'),
 (5, '148/QĐ-TTg', 5, 'I.3.a', 'Thực phẩm chế biến', 'Đồ ăn nhanh'),
 (6, '148/QĐ-TTg', 6, 'I.3.b', 'Thực phẩm chế biến', 'Chế biến từ gạo, ngũ cốc'),
 (7, '148/QĐ-TTg', 7, 'I.3.c', 'Thực phẩm chế biến', 'Chế biến từ rau, củ, quả, hạt'),
 (8, '148/QĐ-TTg', 8, 'I.3.d', 'Thực phẩm chế biến', 'Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác'),
 (9, '148/QĐ-TTg', 9, 'I.4.a', 'Gia vị', 'Tương, nước mắm, gia vị dạng lỏng khác'),
 (10, '148/QĐ-TTg', 10, 'I.4.b', 'Gia vị', 'Gia vị khác (muối, hành, tỏi, tiêu…)'),
 (11, '148/QĐ-TTg', 11, 'I.5.a', 'Chè', 'Chè tươi, chế biến'),
 (12, '148/QĐ-TTg', 12, 'I.5.b', 'Chè', 'Sản phẩm chè (trà) từ thực vật khác'),
 (13, '148/QĐ-TTg', 13, 'I.6', 'Cà phê, ca cao', 'Cà phê, ca cao'),
 (14, '148/QĐ-TTg', 14, 'II.1.a', 'Đồ uống có cồn', 'Rượu trắng'),
 (15, '148/QĐ-TTg', 15, 'II.1.b', 'Đồ uống có cồn', 'Đồ uống có cồn khác'),
 (16, '148/QĐ-TTg', 16, 'II.2.a', 'Đồ uống không cồn', 'Nước khoáng thiên nhiên, nước uống đóng chai'),
 (17, '148/QĐ-TTg', 17, 'II.2.b', 'Đồ uống không cồn', 'Đồ uống không cồn khác'),
 (18, '148/QĐ-TTg', 18, 'III.1', 'Dược liệu và sản phẩm từ dược liệu', 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền'),
 (19, '148/QĐ-TTg', 19, 'III.2', 'Dược liệu và sản phẩm từ dược liệu', 'Mỹ phẩm có thành phần từ dược liệu'),
 (20, '148/QĐ-TTg', 20, 'III.3', 'Dược liệu và sản phẩm từ dược liệu', 'Tinh dầu và dược liệu khác'),
 (21, '148/QĐ-TTg', 21, 'IV.1', 'Hàng thủ công mỹ nghệ', 'Thủ công mỹ nghệ gia dụng, trang trí'),
 (22, '148/QĐ-TTg', 22, 'IV.2', 'Hàng thủ công mỹ nghệ', 'Vải, may mặc'),
 (23, '148/QĐ-TTg', 23, 'V.1', 'Sinh vật cảnh', 'Hoa'),
 (24, '148/QĐ-TTg', 24, 'V.2', 'Sinh vật cảnh', 'Cây cảnh'),
 (25, '148/QĐ-TTg', 25, 'V.3', 'Sinh vật cảnh', 'Động vật cảnh'),
 (26, '148/QĐ-TTg', 26, 'VI.1', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch');
-- 1048/QĐ-TTg (21/08/2019 – 23/02/2023): the codes are ours (reference §2.1; UNCERTAIN whether
-- 781/QĐ-TTg changed the list).
INSERT INTO product_set (id, criteria_set, number, code, group_name, name) VALUES
 (101, '1048/QĐ-TTg', 1, '1.1.1', 'Thực phẩm tươi sống', 'Rau, củ, quả, hạt tươi'),
 (102, '1048/QĐ-TTg', 2, '1.1.2', 'Thực phẩm tươi sống', 'Thịt, trứng, sữa tươi'),
 (103, '1048/QĐ-TTg', 3, '1.2.1', 'Thực phẩm thô, sơ chế', 'Gạo, ngũ cốc'),
 (104, '1048/QĐ-TTg', 4, '1.2.2', 'Thực phẩm thô, sơ chế', 'Mật ong, sản phẩm từ mật ong, mật khác'),
 (105, '1048/QĐ-TTg', 5, '1.3.1', 'Thực phẩm chế biến', 'Đồ ăn nhanh'),
 (106, '1048/QĐ-TTg', 6, '1.3.2', 'Thực phẩm chế biến', 'Chế biến từ gạo, ngũ cốc'),
 (107, '1048/QĐ-TTg', 7, '1.3.3', 'Thực phẩm chế biến', 'Chế biến từ rau, củ, quả, hạt'),
 (108, '1048/QĐ-TTg', 8, '1.3.4', 'Thực phẩm chế biến', 'Chế biến từ thịt, trứng, sữa'),
 (109, '1048/QĐ-TTg', 9, '1.3.5', 'Thực phẩm chế biến', 'Chế biến từ thủy, hải sản'),
 (110, '1048/QĐ-TTg', 10, '1.4.1', 'Gia vị', 'Tương, nước mắm, gia vị lỏng khác'),
 (111, '1048/QĐ-TTg', 11, '1.4.2', 'Gia vị', 'Gia vị khác'),
 (112, '1048/QĐ-TTg', 12, '1.5.1', 'Chè', 'Chè tươi, chế biến'),
 (113, '1048/QĐ-TTg', 13, '1.5.2', 'Chè', 'Các sản phẩm khác từ chè, trà'),
 (114, '1048/QĐ-TTg', 14, '1.6.1', 'Cà phê, ca cao', 'Cà phê, ca cao'),
 (115, '1048/QĐ-TTg', 15, '2.1.1', 'Đồ uống có cồn', 'Rượu trắng'),
 (116, '1048/QĐ-TTg', 16, '2.1.2', 'Đồ uống có cồn', 'Đồ uống có cồn khác'),
 (117, '1048/QĐ-TTg', 17, '2.2.1', 'Đồ uống không cồn', 'Nước khoáng thiên nhiên, nước uống tinh khiết'),
 (118, '1048/QĐ-TTg', 18, '2.2.2', 'Đồ uống không cồn', 'Đồ uống không cồn'),
 (119, '1048/QĐ-TTg', 19, '3.1.1', 'Thảo dược', 'Thực phẩm chức năng, thuốc từ dược liệu, thuốc YHCT'),
 (120, '1048/QĐ-TTg', 20, '3.2.1', 'Thảo dược', 'Mỹ phẩm'),
 (121, '1048/QĐ-TTg', 21, '3.3.1', 'Thảo dược', 'Trang thiết bị, dụng cụ y tế'),
 (122, '1048/QĐ-TTg', 22, '3.4.1', 'Thảo dược', 'Thảo dược khác'),
 (123, '1048/QĐ-TTg', 23, '4.1.1', 'Vải và may mặc', 'Vải, may mặc'),
 (124, '1048/QĐ-TTg', 24, '5.1.1', 'Lưu niệm – nội thất – trang trí', 'Thủ công mỹ nghệ, trang trí'),
 (125, '1048/QĐ-TTg', 25, '5.2.1', 'Lưu niệm – nội thất – trang trí', 'Thủ công mỹ nghệ gia dụng'),
 (126, '1048/QĐ-TTg', 26, '6.1.1', 'Dịch vụ du lịch nông thôn, bán hàng', 'Dịch vụ du lịch – truyền thống – lễ hội');

CREATE TABLE producer (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    name                 VARCHAR(200)  NOT NULL,
    name_key             VARCHAR(200)  NOT NULL,
    type                 VARCHAR(30)   NOT NULL,
    tax_code             VARCHAR(20)   NOT NULL,
    registered_on        DATE,
    unit_id              BIGINT        NOT NULL REFERENCES administrative_unit (id),
    address              VARCHAR(300)  NOT NULL,
    representative_name  VARCHAR(120)  NOT NULL,
    representative_title VARCHAR(120),
    representative_gender VARCHAR(10),
    representative_ethnicity VARCHAR(60),
    phone                VARCHAR(30),
    email                VARCHAR(120),
    members              INTEGER,
    workers              INTEGER,
    status               VARCHAR(20)   NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_producer_tax_code UNIQUE (tax_code)
);
CREATE SEQUENCE seq_producer START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_producer_unit ON producer (unit_id);
CREATE INDEX ix_producer_name_key ON producer (name_key);

CREATE TABLE producer_legal_form (
    id           BIGINT       NOT NULL PRIMARY KEY,
    producer_id  BIGINT       NOT NULL REFERENCES producer (id),
    former_type  VARCHAR(30)  NOT NULL,
    new_type     VARCHAR(30)  NOT NULL,
    changed_on   DATE         NOT NULL,
    note         VARCHAR(500)
);
CREATE SEQUENCE seq_producer_legal_form START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_legal_form_producer ON producer_legal_form (producer_id);

CREATE TABLE producer_manager (
    id           BIGINT       NOT NULL PRIMARY KEY,
    producer_id  BIGINT       NOT NULL REFERENCES producer (id),
    name         VARCHAR(120) NOT NULL,
    position     VARCHAR(120),
    phone        VARCHAR(30),
    email        VARCHAR(120)
);
CREATE SEQUENCE seq_producer_manager START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_manager_producer ON producer_manager (producer_id);

CREATE TABLE product (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    producer_id        BIGINT        NOT NULL REFERENCES producer (id),
    product_set_id     BIGINT        NOT NULL REFERENCES product_set (id),
    name               VARCHAR(200)  NOT NULL,
    name_key           VARCHAR(200)  NOT NULL,
    step               VARCHAR(30)   NOT NULL,
    registration_type  VARCHAR(20),
    version            BIGINT        NOT NULL
);
CREATE SEQUENCE seq_product START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_product_producer ON product (producer_id);
CREATE INDEX ix_product_step ON product (step);
CREATE INDEX ix_product_name_key ON product (name_key);

CREATE TABLE product_transition (
    id           BIGINT        NOT NULL PRIMARY KEY,
    product_id   BIGINT        NOT NULL REFERENCES product (id),
    from_step    VARCHAR(30),
    to_step      VARCHAR(30)   NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    note         VARCHAR(1000)
);
CREATE SEQUENCE seq_product_transition START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_transition_product ON product_transition (product_id);
