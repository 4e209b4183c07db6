CREATE TABLE "screening_identity" (
	"screening_id" uuid NOT NULL,
	"path" text NOT NULL,
	"national_id_hash" text NOT NULL,
	"national_id_enc" "bytea" NOT NULL,
	CONSTRAINT "screening_identity_screening_id_path_pk" PRIMARY KEY("screening_id","path")
);
--> statement-breakpoint
ALTER TABLE "enrolment" ADD COLUMN "changed_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "app_user" ADD COLUMN "signing_pin_hash" text;--> statement-breakpoint
ALTER TABLE "certification" ADD COLUMN "gps_accuracy_m" real;--> statement-breakpoint
ALTER TABLE "screening" ADD COLUMN "changed_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
ALTER TABLE "screening_event" ADD COLUMN "gps_accuracy_m" real;--> statement-breakpoint
ALTER TABLE "screening_identity" ADD CONSTRAINT "screening_identity_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_identity_hash_idx" ON "screening_identity" USING btree ("national_id_hash");--> statement-breakpoint
CREATE INDEX "screening_student_idx" ON "screening" USING btree ("student_id");