-- Delta sync (apps/server modules/screening): every update stamps the writing transaction's id, so a
-- "changes since" read cannot miss a row whichever code path wrote it (schema/columns.ts changedXid).
CREATE FUNCTION isee_stamp_changed_xid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.changed_xid := pg_current_xact_id();
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER screening_changed_xid BEFORE UPDATE ON screening
  FOR EACH ROW EXECUTE FUNCTION isee_stamp_changed_xid();
--> statement-breakpoint
CREATE TRIGGER enrolment_changed_xid BEFORE UPDATE ON enrolment
  FOR EACH ROW EXECUTE FUNCTION isee_stamp_changed_xid();
