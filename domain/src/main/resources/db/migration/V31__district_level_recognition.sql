-- Đan Phượng's 2019 practice (the district's OCOP plan of 2019): the district council scores the products of its
-- communes, the district People's Committee recognises them AT DISTRICT LEVEL, and the class its council found is the
-- district's proposal to the City, not a class the district confers. The City's council evaluates the proposals; the
-- City's People's Committee recognises 3★ and 4★ and forwards the products of 90 points or more to the central level
-- (Decision 1048/QĐ-TTg, Annex II): the path is district → City → central, and a product's class comes from the City's
-- (or the central level's) decision, which the portal records as received.
--
-- confers_class: whether a body's recognition under a regime confers a star class (decision and certificate print the
-- class) or is a recognition at the body's own level (they print the class found only as the proposal to the next
-- body). A decision and its certificates keep the value they were issued with: documents already issued never change.
ALTER TABLE issuing_body_role ADD COLUMN confers_class BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE issuing_body_role SET confers_class = FALSE,
    note = 'Kế hoạch OCOP năm 2019 của huyện: Hội đồng huyện chấm điểm, UBND huyện công nhận sản phẩm OCOP cấp huyện (không công nhận hạng sao) và đề nghị Thành phố đánh giá, phân hạng sản phẩm từ 50 điểm; hạng sao do UBND Thành phố (3, 4 sao) và Trung ương (5 sao, qua Thành phố) công nhận.'
 WHERE body_code = '273' AND regime_code = '1048';

ALTER TABLE cert_decision ADD COLUMN confers_class BOOLEAN DEFAULT TRUE NOT NULL;
-- A certificate's conferred class: its stars when its decision confers the class, null for a recognition at the
-- body's own level (the queries of the class in force read this column; every certificate issued so far confers it).
ALTER TABLE cert_certificate ADD COLUMN conferred_stars INTEGER;
UPDATE cert_certificate SET conferred_stars = stars;

-- The district's 2019 practice forwards every product of 50 points or more (3–5★ as its council found) to the City;
-- the City, not the district, sends those of 90 points or more to the central level.
DELETE FROM recognition_rule WHERE id = 25;
UPDATE recognition_rule SET stars_to = 5,
    note = 'Sản phẩm đạt từ 50 điểm được đề nghị UBND Thành phố đánh giá, phân hạng (hạng sao Hội đồng huyện xác định là đề xuất của huyện); sản phẩm từ 90 điểm do Thành phố đề nghị Trung ương. Cổng thông tin áp dụng ngưỡng 50 điểm của Quyết định số 1048/QĐ-TTg.'
 WHERE id = 24;
UPDATE recognition_rule SET note = 'Huyện công nhận sản phẩm OCOP cấp huyện (không công nhận hạng sao; hạng sao Hội đồng huyện xác định là đề xuất gửi Thành phố, hạng sao do UBND Thành phố và Trung ương công nhận). Cổng thông tin áp dụng ngưỡng 50 điểm của Quyết định số 1048/QĐ-TTg.'
 WHERE id = 23;
