-- How an issuing body's decisions are numbered. A People's Committee numbers all its decisions of a year in one
-- register kept by its clerical office (Decree 30/2020/NĐ-CP, Art. 15: the number is taken from the register of the
-- issuing body, from 01 January to 31 December): REGISTER means the office types at issue the number and the date the
-- register assigned (checked for its form and unique per body and year); COUNTER means the portal gives the next
-- number of its own gap-free counter (the portal's numbering until now). Every body keeps the counter until its
-- administrator chooses the register.
ALTER TABLE issuing_body ADD COLUMN numbering VARCHAR(10) DEFAULT 'COUNTER' NOT NULL;
ALTER TABLE issuing_body ADD CONSTRAINT ck_issuing_body_numbering CHECK (numbering IN ('COUNTER', 'REGISTER'));
