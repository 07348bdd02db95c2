CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "profile_administrators" (
	"profile_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"job_title" text NOT NULL,
	CONSTRAINT "profile_administrators_profile_id_position_pk" PRIMARY KEY("profile_id","position")
);
--> statement-breakpoint
CREATE TABLE "profile_keys" (
	"platform" text NOT NULL,
	"key" text NOT NULL,
	"profile_id" uuid NOT NULL,
	CONSTRAINT "profile_keys_platform_key_pk" PRIMARY KEY("platform","key")
);
--> statement-breakpoint
CREATE TABLE "profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"platform" text NOT NULL,
	"url" text NOT NULL,
	"handle" text,
	"platform_id" text,
	"display_name" text NOT NULL,
	"unit_id" uuid,
	"purpose_fi" text DEFAULT '' NOT NULL,
	"purpose_sv" text DEFAULT '' NOT NULL,
	"purpose_en" text DEFAULT '' NOT NULL,
	"contact_email" text,
	"employee_name" text,
	"employee_title" text,
	"status" text DEFAULT 'active' NOT NULL,
	"closing_date" date,
	"closing_reason" text,
	"successor_profile_id" uuid,
	"successor_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profiles_kind_check" CHECK ("profiles"."kind" in ('organisation', 'expert')),
	CONSTRAINT "profiles_status_check" CHECK ("profiles"."status" in ('active', 'closing', 'closed')),
	CONSTRAINT "profiles_closing_has_date" CHECK ("profiles"."status" = 'active' or "profiles"."closing_date" is not null)
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"name_fi" text NOT NULL,
	"name_sv" text NOT NULL,
	"name_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_level_check" CHECK ("units"."level" in ('sector', 'service_area', 'unit', 'team'))
);
--> statement-breakpoint
ALTER TABLE "profile_administrators" ADD CONSTRAINT "profile_administrators_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_keys" ADD CONSTRAINT "profile_keys_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profiles" ADD CONSTRAINT "profiles_successor_profile_id_profiles_id_fk" FOREIGN KEY ("successor_profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_occurred_idx" ON "audit_log" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "profile_keys_profile_idx" ON "profile_keys" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "profiles_unit_idx" ON "profiles" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "profiles_platform_idx" ON "profiles" USING btree ("platform");--> statement-breakpoint
CREATE INDEX "profiles_updated_idx" ON "profiles" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");