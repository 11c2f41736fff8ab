-- PostgreSQL only (db/postgresql runs beside db/migration there): the audit log and the bytes of issued documents
-- are append-only. Whatever role the application connects with, a row of either is never changed or deleted, and
-- neither table is emptied; an attempt fails with the table's name.
CREATE FUNCTION ocop_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'OCOP: % is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION ocop_append_only();
CREATE TRIGGER audit_entry_never_emptied BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ocop_append_only();
CREATE TRIGGER cert_file_append_only BEFORE UPDATE OR DELETE ON cert_file
    FOR EACH ROW EXECUTE FUNCTION ocop_append_only();
CREATE TRIGGER cert_file_never_emptied BEFORE TRUNCATE ON cert_file
    FOR EACH STATEMENT EXECUTE FUNCTION ocop_append_only();
