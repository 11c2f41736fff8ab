-- Administrative units of the first customer (reference §8): Hà Nội, Đan Phượng district and its
-- 16 commune-level units as of 2019 (valid until 30/06/2025), and the communes that succeeded them
-- on 01/07/2025 (Resolution 1656/NQ-UBTVQH15) with "whole or part" succession links.
-- Codes: Hà Nội 01 and Đan Phượng 273 are the official codes. The five-digit commune codes follow
-- the national list as we know it (UNCERTAIN: check against the GSO list); the three 2025 communes
-- keep the code of the unit where the new People's Committee sits (UNCERTAIN, same check).

INSERT INTO administrative_unit (id, code, name, level, type, parent_id, valid_from, valid_to, version) VALUES
 (1, '01',  'Thành phố Hà Nội',   'PROVINCE', 'CENTRAL_CITY',   NULL, DATE '2008-08-01', NULL, 0),
 (2, '273', 'Huyện Đan Phượng',   'DISTRICT', 'RURAL_DISTRICT', 1,    DATE '2008-08-01', DATE '2025-06-30', 0);

INSERT INTO administrative_unit (id, code, name, level, type, parent_id, valid_from, valid_to, version) VALUES
 (10, '09877', 'Thị trấn Phùng',   'COMMUNE', 'TOWNSHIP', 2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (11, '09880', 'Xã Trung Châu',    'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (12, '09883', 'Xã Thọ An',        'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (13, '09886', 'Xã Thọ Xuân',      'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (14, '09889', 'Xã Hồng Hà',       'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (15, '09892', 'Xã Liên Hồng',     'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (16, '09895', 'Xã Liên Hà',       'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (17, '09898', 'Xã Hạ Mỗ',         'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (18, '09901', 'Xã Liên Trung',    'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (19, '09904', 'Xã Phương Đình',   'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (20, '09907', 'Xã Thượng Mỗ',     'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (21, '09910', 'Xã Tân Hội',       'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (22, '09913', 'Xã Tân Lập',       'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (23, '09916', 'Xã Đan Phượng',    'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (24, '09919', 'Xã Đồng Tháp',     'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0),
 (25, '09922', 'Xã Song Phượng',   'COMMUNE', 'COMMUNE',  2, DATE '2008-08-01', DATE '2025-06-30', 0);

-- From 01/07/2025 there is no district level: the new communes belong directly to Hà Nội.
INSERT INTO administrative_unit (id, code, name, level, type, parent_id, valid_from, valid_to, version) VALUES
 (40, '09877', 'Xã Đan Phượng', 'COMMUNE', 'COMMUNE', 1, DATE '2025-07-01', NULL, 0),
 (41, '09898', 'Xã Ô Diên',     'COMMUNE', 'COMMUNE', 1, DATE '2025-07-01', NULL, 0),
 (42, '09883', 'Xã Liên Minh',  'COMMUNE', 'COMMUNE', 1, DATE '2025-07-01', NULL, 0);

-- xã Đan Phượng = thị trấn Phùng + xã Đan Phượng, Song Phượng, Đồng Tháp, Thượng Mỗ (whole).
-- xã Ô Diên = Hạ Mỗ, Tân Hội (whole); most of Hồng Hà, Liên Hồng, Liên Hà, Liên Trung, Tân Lập.
-- xã Liên Minh = Trung Châu, Phương Đình, Thọ An, Thọ Xuân (whole); a small part of Hồng Hà.
INSERT INTO unit_succession (id, predecessor_id, successor_id, whole_unit, effective_on) VALUES
 (1,  10, 40, TRUE,  DATE '2025-07-01'),
 (2,  23, 40, TRUE,  DATE '2025-07-01'),
 (3,  25, 40, TRUE,  DATE '2025-07-01'),
 (4,  24, 40, TRUE,  DATE '2025-07-01'),
 (5,  20, 40, TRUE,  DATE '2025-07-01'),
 (6,  17, 41, TRUE,  DATE '2025-07-01'),
 (7,  21, 41, TRUE,  DATE '2025-07-01'),
 (8,  14, 41, FALSE, DATE '2025-07-01'),
 (9,  15, 41, FALSE, DATE '2025-07-01'),
 (10, 16, 41, FALSE, DATE '2025-07-01'),
 (11, 18, 41, FALSE, DATE '2025-07-01'),
 (12, 22, 41, FALSE, DATE '2025-07-01'),
 (13, 11, 42, TRUE,  DATE '2025-07-01'),
 (14, 19, 42, TRUE,  DATE '2025-07-01'),
 (15, 12, 42, TRUE,  DATE '2025-07-01'),
 (16, 13, 42, TRUE,  DATE '2025-07-01'),
 (17, 14, 42, FALSE, DATE '2025-07-01'),
 (18, 2,  40, FALSE, DATE '2025-07-01'),
 (19, 2,  41, FALSE, DATE '2025-07-01'),
 (20, 2,  42, FALSE, DATE '2025-07-01');
