CREATE TABLE "closing_plans" (
	"profile_id" uuid PRIMARY KEY NOT NULL,
	"announce_on" date NOT NULL,
	"close_on" date NOT NULL,
	"reason" text NOT NULL,
	"successor_profile_id" uuid,
	"successor_url" text,
	"planned_by" uuid,
	"announced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "closing_plans_order" CHECK ("closing_plans"."close_on" > "closing_plans"."announce_on")
);
--> statement-breakpoint
CREATE TABLE "terms_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"terms_version" text NOT NULL,
	"due_on" date NOT NULL,
	"outcome" text,
	"note" text DEFAULT '' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "terms_reviews_once" UNIQUE("profile_id","terms_version"),
	CONSTRAINT "terms_reviews_outcome_check" CHECK ("terms_reviews"."outcome" is null or "terms_reviews"."outcome" in ('continue', 'close'))
);
--> statement-breakpoint
ALTER TABLE "closing_plans" ADD CONSTRAINT "closing_plans_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closing_plans" ADD CONSTRAINT "closing_plans_successor_profile_id_profiles_id_fk" FOREIGN KEY ("successor_profile_id") REFERENCES "public"."profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "closing_plans" ADD CONSTRAINT "closing_plans_planned_by_users_id_fk" FOREIGN KEY ("planned_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_reviews" ADD CONSTRAINT "terms_reviews_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms_reviews" ADD CONSTRAINT "terms_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "closing_plans_announce_idx" ON "closing_plans" USING btree ("announce_on");--> statement-breakpoint
CREATE INDEX "terms_reviews_open_idx" ON "terms_reviews" USING btree ("due_on") WHERE "terms_reviews"."outcome" is null;