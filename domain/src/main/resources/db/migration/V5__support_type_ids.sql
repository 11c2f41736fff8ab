-- New types of support take their ids from seq_support_type in blocks of 50 (allocationSize = 50).
-- A JPA provider reads the sequence's value as the end of its block, so the first value of V4
-- (50) gave the ids 1–50, which collide with the five types that V4 inserted with ids 1–5. From
-- 100 on, the first block is 51–100: clear of the seeded ids, whichever way a provider reads it.
ALTER SEQUENCE seq_support_type RESTART WITH 100;
