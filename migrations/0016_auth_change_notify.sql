-- Issue 14: the server caches who is behind a session for a few seconds instead of reading the
-- session with every request (auth/session-cache.ts). Any change to who may do what (a revoked or
-- deleted session, a changed or disabled user, a changed scope) notifies channel `atlas_auth`;
-- every server process listening clears its cache, whichever process (a CLI, another server)
-- made the change. A new session (sign-in) changes nothing cached and does not notify.
CREATE OR REPLACE FUNCTION atlas_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('atlas_auth', TG_TABLE_NAME);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_auth_changed AFTER UPDATE OR DELETE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_auth_changed();
--> statement-breakpoint
CREATE TRIGGER users_auth_changed AFTER UPDATE OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_auth_changed();
--> statement-breakpoint
CREATE TRIGGER user_scopes_auth_changed AFTER INSERT OR UPDATE OR DELETE ON user_scopes
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_auth_changed();
