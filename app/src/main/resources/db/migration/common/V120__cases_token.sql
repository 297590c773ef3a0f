-- The cases token: a random text set anew by every import that writes courts, staff, cases or steps (the rows the
-- built case table depends on), and left as it is by the other changes that raise the data version (evidence,
-- staff records). A server keeps its built cases, and a snapshot of them under ./data, for as long as the token is
-- the same. NULL means unknown (the next reader sets a new one): whoever changes those tables in another way sets it
-- to NULL.
ALTER TABLE data_version ADD COLUMN cases_token VARCHAR(40);
