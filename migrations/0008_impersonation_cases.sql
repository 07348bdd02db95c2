CREATE TABLE "impersonation_case_keys" (
	"case_number" integer NOT NULL,
	"platform" text NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "impersonation_case_keys_case_number_key_pk" PRIMARY KEY("case_number","key")
);
--> statement-breakpoint
CREATE TABLE "impersonation_cases" (
	"number" serial PRIMARY KEY NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"platform" text NOT NULL,
	"url" text NOT NULL,
	"handle" text,
	"shown_name" text,
	"registered_profile_id" uuid,
	"impersonated_profile_id" uuid,
	"verdict" text,
	"duplicate_of" integer,
	"triage_note" text DEFAULT '' NOT NULL,
	"confirmed_on" date,
	"platform_reported_on" date,
	"platform_channel" text,
	"platform_reference" text,
	"police_reported_on" date,
	"police_reference" text,
	"outcome" text,
	"outcome_note" text DEFAULT '' NOT NULL,
	"ended_on" date,
	"state_since" date NOT NULL,
	"reminded_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impersonation_cases_state_check" CHECK ("impersonation_cases"."state" in ('new', 'confirmed', 'reported', 'removed', 'closed')),
	CONSTRAINT "impersonation_cases_verdict_check" CHECK ("impersonation_cases"."verdict" is null or "impersonation_cases"."verdict" in ('fake', 'not-fake', 'duplicate')),
	CONSTRAINT "impersonation_cases_outcome_check" CHECK ("impersonation_cases"."outcome" is null or "impersonation_cases"."outcome" in ('removed', 'not-fake', 'duplicate', 'no-longer-impersonating', 'other')),
	CONSTRAINT "impersonation_cases_channel_check" CHECK ("impersonation_cases"."platform_channel" is null or "impersonation_cases"."platform_channel" in ('report-form', 'email', 'trusted-partner', 'other')),
	CONSTRAINT "impersonation_cases_ended_check" CHECK (("impersonation_cases"."state" in ('removed', 'closed')) = ("impersonation_cases"."outcome" is not null and "impersonation_cases"."ended_on" is not null)),
	CONSTRAINT "impersonation_cases_confirmed_check" CHECK ("impersonation_cases"."state" not in ('confirmed', 'reported') or ("impersonation_cases"."verdict" = 'fake' and "impersonation_cases"."confirmed_on" is not null)),
	CONSTRAINT "impersonation_cases_reported_check" CHECK ("impersonation_cases"."state" <> 'reported' or "impersonation_cases"."platform_reported_on" is not null),
	CONSTRAINT "impersonation_cases_duplicate_check" CHECK ((coalesce("impersonation_cases"."verdict", '') = 'duplicate') = ("impersonation_cases"."duplicate_of" is not null) and "impersonation_cases"."duplicate_of" is distinct from "impersonation_cases"."number")
);
--> statement-breakpoint
CREATE TABLE "impersonation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" integer NOT NULL,
	"address" text NOT NULL,
	"platform" text NOT NULL,
	"description" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"shown_name" text,
	"contact_email" text,
	"contact_erased_at" timestamp with time zone,
	"lang" text DEFAULT 'fi' NOT NULL,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impersonation_reports_lang_check" CHECK ("impersonation_reports"."lang" in ('fi', 'sv', 'en')),
	CONSTRAINT "impersonation_reports_erased_check" CHECK ("impersonation_reports"."contact_erased_at" is null or "impersonation_reports"."contact_email" is null)
);
--> statement-breakpoint
ALTER TABLE "impersonation_case_keys" ADD CONSTRAINT "impersonation_case_keys_case_number_impersonation_cases_number_fk" FOREIGN KEY ("case_number") REFERENCES "public"."impersonation_cases"("number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_cases" ADD CONSTRAINT "impersonation_cases_registered_profile_id_profiles_id_fk" FOREIGN KEY ("registered_profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_cases" ADD CONSTRAINT "impersonation_cases_impersonated_profile_id_profiles_id_fk" FOREIGN KEY ("impersonated_profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_cases" ADD CONSTRAINT "impersonation_cases_duplicate_of_impersonation_cases_number_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."impersonation_cases"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impersonation_reports" ADD CONSTRAINT "impersonation_reports_case_number_impersonation_cases_number_fk" FOREIGN KEY ("case_number") REFERENCES "public"."impersonation_cases"("number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impersonation_case_keys_lookup_idx" ON "impersonation_case_keys" USING btree ("platform","key");--> statement-breakpoint
CREATE INDEX "impersonation_cases_state_idx" ON "impersonation_cases" USING btree ("state");--> statement-breakpoint
CREATE INDEX "impersonation_cases_impersonated_idx" ON "impersonation_cases" USING btree ("impersonated_profile_id");--> statement-breakpoint
CREATE INDEX "impersonation_reports_case_idx" ON "impersonation_reports" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "impersonation_reports_contact_idx" ON "impersonation_reports" USING btree ("created_at") WHERE "impersonation_reports"."contact_email" is not null;