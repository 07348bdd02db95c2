CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"kind" text NOT NULL,
	"platform" text NOT NULL,
	"working_name" text NOT NULL,
	"unit_id" uuid,
	"purpose" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"interactions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"private_message_policy" text DEFAULT '' NOT NULL,
	"hours_per_week" numeric(5, 1) DEFAULT 0 NOT NULL,
	"administrators" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"expert_user_id" uuid,
	"expert_role" text DEFAULT '' NOT NULL,
	"separation_confirmed" boolean DEFAULT false NOT NULL,
	"terms_version_reviewed" text,
	"terms_concerns" text DEFAULT '' NOT NULL,
	"proposer_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"consent_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_reason" text,
	"profile_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_state_check" CHECK ("proposals"."state" in ('draft', 'submitted', 'approved', 'rejected', 'withdrawn', 'published')),
	CONSTRAINT "proposals_kind_check" CHECK ("proposals"."kind" in ('organisation', 'expert')),
	CONSTRAINT "proposals_decision_has_reason" CHECK ("proposals"."state" not in ('approved', 'rejected', 'published') or "proposals"."decision_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_expert_user_id_users_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposals_unit_idx" ON "proposals" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "proposals_proposer_idx" ON "proposals" USING btree ("proposer_id");--> statement-breakpoint
CREATE INDEX "proposals_expert_idx" ON "proposals" USING btree ("expert_user_id");--> statement-breakpoint
CREATE INDEX "proposals_state_idx" ON "proposals" USING btree ("state");