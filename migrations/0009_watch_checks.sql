CREATE TABLE "watch_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"variant" text NOT NULL,
	"outcome" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"checked_on" date NOT NULL,
	"checked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "watch_checks_outcome_check" CHECK ("watch_checks"."outcome" in ('free', 'taken', 'reserved'))
);
--> statement-breakpoint
ALTER TABLE "watch_checks" ADD CONSTRAINT "watch_checks_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "watch_checks_profile_idx" ON "watch_checks" USING btree ("profile_id","variant","created_at");