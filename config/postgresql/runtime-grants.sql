-- PostgreSQL only, after every migration (a Flyway callback, not a migration: it runs at each start; when a backup is
-- restored, config/bin/restore.sh runs the same file). The owner role migrates; the runtime role, the user of the
-- application's datasource (placeholder ocop_runtime_role), reads and writes the records and nothing more: no DDL,
-- no TRUNCATE, only SELECT and INSERT on the append-only tables (those with an ocop_append_only trigger: the audit log
-- and the issued files), only SELECT on Flyway's history. With one role for everything there is nothing to give.
-- config/postgresql/runtime-grants.sql is a copy of this file (RuntimeGrantsTest keeps them equal).
DO $$
DECLARE
    runtime name := '${ocop_runtime_role}';
    schema_name name := current_schema();
    schema_oid oid := (SELECT oid FROM pg_namespace WHERE nspname = current_schema());
    other record;
BEGIN
    IF runtime = current_user THEN
        RETURN;
    END IF;
    FOR other IN SELECT c.relname, pg_get_userbyid(c.relowner) AS owner FROM pg_class c
            WHERE c.relnamespace = schema_oid AND c.relkind IN ('r', 'p', 'S', 'v')
              AND pg_get_userbyid(c.relowner) <> current_user LOOP
        RAISE EXCEPTION 'OCOP: % is owned by %, not by the owner role %: give it to the owner role (REASSIGN OWNED BY % TO %)',
            other.relname, other.owner, current_user, other.owner, current_user;
    END LOOP;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, runtime);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', schema_name, runtime);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', schema_name, runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema_name, runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema_name, runtime);
    FOR other IN SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE c.relnamespace = schema_oid AND p.proname = 'ocop_append_only' LOOP
        EXECUTE format('REVOKE UPDATE, DELETE ON %I.%I FROM %I', schema_name, other.relname, runtime);
    END LOOP;
    IF to_regclass(format('%I.%I', schema_name, 'flyway_schema_history')) IS NOT NULL THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I.%I FROM %I', schema_name, 'flyway_schema_history', runtime);
    END IF;
END
$$;
