CREATE TABLE "academic_year" (
	"year" smallint PRIMARY KEY NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "affiliation" (
	"code" text PRIMARY KEY NOT NULL,
	"abbr_th" text NOT NULL,
	"abbr_en" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "district" (
	"code" char(4) PRIMARY KEY NOT NULL,
	"province_code" char(2) NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "education_service_area" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "education_service_area_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"province_code" char(2) NOT NULL,
	CONSTRAINT "education_service_area_code_unique" UNIQUE("code"),
	CONSTRAINT "esa_kind_known" CHECK ("education_service_area"."kind" in ('primary', 'secondary'))
);
--> statement-breakpoint
CREATE TABLE "grade_level" (
	"code" text PRIMARY KEY NOT NULL,
	"ordinal" smallint NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"level_group" text NOT NULL,
	CONSTRAINT "grade_level_ordinal_unique" UNIQUE("ordinal"),
	CONSTRAINT "grade_level_group_known" CHECK (level_group in ('pre_primary', 'primary', 'lower_secondary', 'upper_secondary', 'vocational'))
);
--> statement-breakpoint
CREATE TABLE "province" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"region" text NOT NULL,
	"iso_code" text NOT NULL,
	CONSTRAINT "province_iso_code_unique" UNIQUE("iso_code"),
	CONSTRAINT "province_region_known" CHECK (region in ('north', 'northeast', 'central', 'south'))
);
--> statement-breakpoint
CREATE TABLE "school" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "school_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"affiliation_code" text NOT NULL,
	"sub_district_code" char(6) NOT NULL,
	"district_code" char(4) GENERATED ALWAYS AS (substr(sub_district_code, 1, 4)) STORED NOT NULL,
	"province_code" char(2) GENERATED ALWAYS AS (substr(sub_district_code, 1, 2)) STORED NOT NULL,
	"service_area_id" integer,
	"lat" double precision,
	"lon" double precision,
	CONSTRAINT "school_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "semester" (
	"id" integer PRIMARY KEY NOT NULL,
	"academic_year" smallint NOT NULL,
	"term" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "semester_term_known" CHECK ("semester"."term" in (1, 2)),
	CONSTRAINT "semester_id_is_key" CHECK ("semester"."id" = "semester"."academic_year" * 10 + "semester"."term"),
	CONSTRAINT "semester_dates_ordered" CHECK ("semester"."starts_on" <= "semester"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "sub_district" (
	"code" char(6) PRIMARY KEY NOT NULL,
	"district_code" char(4) NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"postal_code" char(5)
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"semester_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"school_id" integer NOT NULL,
	"grade" text NOT NULL,
	"room" text DEFAULT '' NOT NULL,
	"candidate" boolean DEFAULT false NOT NULL,
	CONSTRAINT "enrolment_semester_id_student_id_pk" PRIMARY KEY("semester_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "household" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "household_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"variant" text DEFAULT 'household' NOT NULL,
	"sub_district_code" char(6),
	"address" text,
	"lat" double precision,
	"lon" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_variant_known" CHECK ("household"."variant" in ('household', 'institution'))
);
--> statement-breakpoint
CREATE TABLE "household_member" (
	"household_id" bigint NOT NULL,
	"person_id" bigint NOT NULL,
	"relation" text NOT NULL,
	"from_semester_id" integer,
	"to_semester_id" integer,
	CONSTRAINT "household_member_household_id_person_id_pk" PRIMARY KEY("household_id","person_id"),
	CONSTRAINT "household_member_period_ordered" CHECK ("household_member"."to_semester_id" is null or "household_member"."from_semester_id" is null or "household_member"."from_semester_id" <= "household_member"."to_semester_id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"national_id_hash" text,
	"national_id_enc" "bytea",
	"g_code" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"sex" text,
	"birth_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_national_id_hash_unique" UNIQUE("national_id_hash"),
	CONSTRAINT "person_g_code_unique" UNIQUE("g_code"),
	CONSTRAINT "person_id_encrypted_with_hash" CHECK (("person"."national_id_hash" is null) = ("person"."national_id_enc" is null)),
	CONSTRAINT "person_sex_known" CHECK ("person"."sex" is null or "person"."sex" in ('male', 'female'))
);
--> statement-breakpoint
CREATE TABLE "student" (
	"person_id" bigint PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "app_user_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"totp_secret_enc" "bytea",
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" smallint DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "role_assignment" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "role_assignment_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"role" text NOT NULL,
	"school_id" integer,
	"province_code" char(2),
	"district_code" char(4),
	"service_area_id" integer,
	"affiliation_code" text,
	CONSTRAINT "role_known" CHECK (role in ('teacher', 'school_admin', 'certifier', 'area_officer', 'affiliation_officer', 'programme_officer', 'analyst', 'system_admin'))
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teacher_class" (
	"user_id" integer NOT NULL,
	"semester_id" integer NOT NULL,
	"school_id" integer NOT NULL,
	"grade" text NOT NULL,
	"room" text DEFAULT '' NOT NULL,
	CONSTRAINT "teacher_class_semester_id_user_id_school_id_grade_room_pk" PRIMARY KEY("semester_id","user_id","school_id","grade","room")
);
--> statement-breakpoint
CREATE TABLE "certification" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "certification_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"screening_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decision" text NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"reason" text,
	CONSTRAINT "certification_kind_known" CHECK ("certification"."kind" in ('certifier', 'director')),
	CONSTRAINT "certification_decision_known" CHECK ("certification"."decision" in ('certified', 'confirmed', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "cycle" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cycle_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"semester_id" integer NOT NULL,
	"pmt_model_id" text NOT NULL,
	"rate_table_id" text NOT NULL,
	"screening_opens_on" date NOT NULL,
	"screening_closes_on" date NOT NULL,
	CONSTRAINT "cycle_semester_id_unique" UNIQUE("semester_id")
);
--> statement-breakpoint
CREATE TABLE "photo_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"screening_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"sha256" text NOT NULL,
	"perceptual_hash" text,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"taken_at" timestamp with time zone,
	"lat" double precision,
	"lon" double precision,
	"storage_key" text NOT NULL,
	"uploaded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "photo_kind_known" CHECK ("photo_evidence"."kind" in ('outside', 'inside', 'school_sign')),
	CONSTRAINT "photo_source_known" CHECK ("photo_evidence"."source" in ('teacher_visit', 'sent_by_student')),
	CONSTRAINT "photo_size_positive" CHECK ("photo_evidence"."bytes" > 0 and "photo_evidence"."width" > 0 and "photo_evidence"."height" > 0)
);
--> statement-breakpoint
CREATE TABLE "pmt_model" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"form_revision" text NOT NULL,
	"demonstration" boolean NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pmt_score" (
	"screening_id" uuid NOT NULL,
	"model_id" text NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"poverty_class" text NOT NULL,
	"breakdown" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pmt_score_screening_id_model_id_pk" PRIMARY KEY("screening_id","model_id"),
	CONSTRAINT "pmt_score_range" CHECK ("pmt_score"."score" >= 0 and "pmt_score"."score" <= 100),
	CONSTRAINT "pmt_score_class_known" CHECK (poverty_class in ('not_poor', 'poor', 'extremely_poor'))
);
--> statement-breakpoint
CREATE TABLE "screening" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cycle_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"school_id" integer NOT NULL,
	"household_id" bigint,
	"form_revision" text NOT NULL,
	"variant" text NOT NULL,
	"answers" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"income_per_person" numeric(12, 2),
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_one_per_student_cycle" UNIQUE("cycle_id","student_id"),
	CONSTRAINT "screening_status_known" CHECK (status in ('draft', 'submitted', 'certified', 'confirmed', 'scored', 'returned')),
	CONSTRAINT "screening_income_not_negative" CHECK ("screening"."income_per_person" is null or "screening"."income_per_person" >= 0)
);
--> statement-breakpoint
CREATE TABLE "screening_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "screening_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"screening_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "allocation" (
	"run_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"school_id" integer NOT NULL,
	"semester_id" integer NOT NULL,
	"entitlement" integer NOT NULL,
	"amount" integer NOT NULL,
	"explanation" jsonb NOT NULL,
	CONSTRAINT "allocation_run_id_student_id_pk" PRIMARY KEY("run_id","student_id"),
	CONSTRAINT "allocation_amount_within_entitlement" CHECK ("allocation"."amount" >= 0 and "allocation"."amount" <= "allocation"."entitlement")
);
--> statement-breakpoint
CREATE TABLE "allocation_run" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "allocation_run_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"budget" bigint,
	"rationing" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_run_budget_not_negative" CHECK ("allocation_run"."budget" is null or "allocation_run"."budget" >= 0),
	CONSTRAINT "allocation_run_rationing_known" CHECK ("allocation_run"."rationing" in ('pro_rata', 'score_rank')),
	CONSTRAINT "allocation_run_status_known" CHECK ("allocation_run"."status" in ('draft', 'approved', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "disbursement" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "disbursement_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"run_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"amount" integer NOT NULL,
	"paid_on" date NOT NULL,
	"method" text NOT NULL,
	"proof_ref" text,
	"recorded_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disbursement_amount_positive" CHECK ("disbursement"."amount" > 0),
	CONSTRAINT "disbursement_method_known" CHECK ("disbursement"."method" in ('cash', 'bank', 'promptpay'))
);
--> statement-breakpoint
CREATE TABLE "payment_batch" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_batch_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"run_id" integer NOT NULL,
	"school_id" integer NOT NULL,
	"total" bigint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_batch_one_per_school_run" UNIQUE("run_id","school_id"),
	CONSTRAINT "payment_batch_total_not_negative" CHECK ("payment_batch"."total" >= 0),
	CONSTRAINT "payment_batch_status_known" CHECK ("payment_batch"."status" in ('draft', 'sent', 'received'))
);
--> statement-breakpoint
CREATE TABLE "rate_table" (
	"id" text PRIMARY KEY NOT NULL,
	"label_th" text NOT NULL,
	"label_en" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance_daily" (
	"semester_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"school_day" date NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "attendance_daily_semester_id_student_id_school_day_pk" PRIMARY KEY("semester_id","student_id","school_day"),
	CONSTRAINT "attendance_status_known" CHECK (status in ('present', 'late', 'absent', 'leave_sick', 'leave_personal'))
);
--> statement-breakpoint
CREATE TABLE "attendance_summary" (
	"semester_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"school_days" smallint NOT NULL,
	"present_days" smallint NOT NULL,
	CONSTRAINT "attendance_summary_semester_id_student_id_pk" PRIMARY KEY("semester_id","student_id"),
	CONSTRAINT "attendance_summary_days" CHECK ("attendance_summary"."present_days" >= 0 and "attendance_summary"."present_days" <= "attendance_summary"."school_days")
);
--> statement-breakpoint
CREATE TABLE "compliance_result" (
	"semester_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"compliant" boolean NOT NULL,
	"reasons" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "compliance_result_semester_id_student_id_pk" PRIMARY KEY("semester_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "follow_up_case" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "follow_up_case_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"student_id" bigint NOT NULL,
	"opened_semester_id" integer NOT NULL,
	"step" text NOT NULL,
	"state" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "measurement" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "measurement_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"semester_id" integer NOT NULL,
	"student_id" bigint NOT NULL,
	"measured_on" date NOT NULL,
	"weight_kg" numeric(5, 2) NOT NULL,
	"height_cm" numeric(5, 1) NOT NULL,
	"recorded_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurement_one_per_day" UNIQUE("semester_id","student_id","measured_on"),
	CONSTRAINT "measurement_weight_range" CHECK ("measurement"."weight_kg" > 0 and "measurement"."weight_kg" <= 300),
	CONSTRAINT "measurement_height_range" CHECK ("measurement"."height_cm" > 0 and "measurement"."height_cm" <= 250)
);
--> statement-breakpoint
CREATE TABLE "import_job" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"status" text NOT NULL,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"rows_accepted" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"report_path" text,
	"user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_job_status_known" CHECK ("import_job"."status" in ('running', 'succeeded', 'failed')),
	CONSTRAINT "import_job_counts" CHECK ("import_job"."rows_accepted" + "import_job"."rows_rejected" <= "import_job"."rows_total")
);
--> statement-breakpoint
ALTER TABLE "district" ADD CONSTRAINT "district_province_code_province_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."province"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "education_service_area" ADD CONSTRAINT "education_service_area_province_code_province_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."province"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_affiliation_code_affiliation_code_fk" FOREIGN KEY ("affiliation_code") REFERENCES "public"."affiliation"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_sub_district_code_sub_district_code_fk" FOREIGN KEY ("sub_district_code") REFERENCES "public"."sub_district"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_service_area_id_education_service_area_id_fk" FOREIGN KEY ("service_area_id") REFERENCES "public"."education_service_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "semester" ADD CONSTRAINT "semester_academic_year_academic_year_year_fk" FOREIGN KEY ("academic_year") REFERENCES "public"."academic_year"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sub_district" ADD CONSTRAINT "sub_district_district_code_district_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."district"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_grade_grade_level_code_fk" FOREIGN KEY ("grade") REFERENCES "public"."grade_level"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_sub_district_code_sub_district_code_fk" FOREIGN KEY ("sub_district_code") REFERENCES "public"."sub_district"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_from_semester_id_semester_id_fk" FOREIGN KEY ("from_semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_to_semester_id_semester_id_fk" FOREIGN KEY ("to_semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "student" ADD CONSTRAINT "student_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_province_code_province_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."province"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_district_code_district_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."district"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_service_area_id_education_service_area_id_fk" FOREIGN KEY ("service_area_id") REFERENCES "public"."education_service_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignment" ADD CONSTRAINT "role_assignment_affiliation_code_affiliation_code_fk" FOREIGN KEY ("affiliation_code") REFERENCES "public"."affiliation"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_class" ADD CONSTRAINT "teacher_class_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_class" ADD CONSTRAINT "teacher_class_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_class" ADD CONSTRAINT "teacher_class_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_class" ADD CONSTRAINT "teacher_class_grade_grade_level_code_fk" FOREIGN KEY ("grade") REFERENCES "public"."grade_level"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle" ADD CONSTRAINT "cycle_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle" ADD CONSTRAINT "cycle_pmt_model_id_pmt_model_id_fk" FOREIGN KEY ("pmt_model_id") REFERENCES "public"."pmt_model"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cycle" ADD CONSTRAINT "cycle_rate_table_id_rate_table_id_fk" FOREIGN KEY ("rate_table_id") REFERENCES "public"."rate_table"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photo_evidence" ADD CONSTRAINT "photo_evidence_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "photo_evidence" ADD CONSTRAINT "photo_evidence_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pmt_score" ADD CONSTRAINT "pmt_score_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pmt_score" ADD CONSTRAINT "pmt_score_model_id_pmt_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."pmt_model"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_event" ADD CONSTRAINT "screening_event_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_event" ADD CONSTRAINT "screening_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_run_id_allocation_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."allocation_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_run" ADD CONSTRAINT "allocation_run_cycle_id_cycle_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."cycle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_run" ADD CONSTRAINT "allocation_run_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disbursement" ADD CONSTRAINT "disbursement_run_id_student_id_allocation_run_id_student_id_fk" FOREIGN KEY ("run_id","student_id") REFERENCES "public"."allocation"("run_id","student_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_run_id_allocation_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."allocation_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batch" ADD CONSTRAINT "payment_batch_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_daily" ADD CONSTRAINT "attendance_daily_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_daily" ADD CONSTRAINT "attendance_daily_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_summary" ADD CONSTRAINT "attendance_summary_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_summary" ADD CONSTRAINT "attendance_summary_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_result" ADD CONSTRAINT "compliance_result_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_result" ADD CONSTRAINT "compliance_result_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_case" ADD CONSTRAINT "follow_up_case_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_case" ADD CONSTRAINT "follow_up_case_opened_semester_id_semester_id_fk" FOREIGN KEY ("opened_semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_semester_id_semester_id_fk" FOREIGN KEY ("semester_id") REFERENCES "public"."semester"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_student_id_student_person_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."student"("person_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job" ADD CONSTRAINT "import_job_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "district_province_idx" ON "district" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "school_province_idx" ON "school" USING btree ("province_code","affiliation_code");--> statement-breakpoint
CREATE INDEX "school_district_idx" ON "school" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "school_service_area_idx" ON "school" USING btree ("service_area_id");--> statement-breakpoint
CREATE INDEX "sub_district_district_idx" ON "sub_district" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "enrolment_school_idx" ON "enrolment" USING btree ("school_id","semester_id","grade","room");--> statement-breakpoint
CREATE INDEX "enrolment_student_idx" ON "enrolment" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "household_sub_district_idx" ON "household" USING btree ("sub_district_code");--> statement-breakpoint
CREATE INDEX "household_member_person_idx" ON "household_member" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "role_assignment_user_idx" ON "role_assignment" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "role_assignment_school_idx" ON "role_assignment" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "teacher_class_school_idx" ON "teacher_class" USING btree ("school_id","semester_id","grade","room");--> statement-breakpoint
CREATE INDEX "certification_screening_idx" ON "certification" USING btree ("screening_id");--> statement-breakpoint
CREATE INDEX "photo_screening_idx" ON "photo_evidence" USING btree ("screening_id");--> statement-breakpoint
CREATE INDEX "photo_sha256_idx" ON "photo_evidence" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "photo_perceptual_idx" ON "photo_evidence" USING btree ("perceptual_hash");--> statement-breakpoint
CREATE INDEX "screening_school_status_idx" ON "screening" USING btree ("school_id","cycle_id","status");--> statement-breakpoint
CREATE INDEX "screening_event_screening_idx" ON "screening_event" USING btree ("screening_id");--> statement-breakpoint
CREATE INDEX "allocation_school_idx" ON "allocation" USING btree ("school_id","semester_id");--> statement-breakpoint
CREATE INDEX "disbursement_allocation_idx" ON "disbursement" USING btree ("run_id","student_id");--> statement-breakpoint
CREATE INDEX "follow_up_case_student_idx" ON "follow_up_case" USING btree ("student_id");