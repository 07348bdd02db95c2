CREATE TABLE "platform_terms" (
	"platform" text PRIMARY KEY NOT NULL,
	"terms_url" text,
	"display_name_max" integer,
	"bio_max" integer,
	"bio_field" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_terms_limits_positive" CHECK (("platform_terms"."display_name_max" is null or "platform_terms"."display_name_max" > 0) and ("platform_terms"."bio_max" is null or "platform_terms"."bio_max" > 0)),
	CONSTRAINT "platform_terms_bio_field_check" CHECK ("platform_terms"."bio_field" is null or "platform_terms"."bio_field" in ('bio', 'description', 'about', 'tagline'))
);
--> statement-breakpoint
CREATE TABLE "terms_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform" text NOT NULL,
	"version" text NOT NULL,
	"effective_date" date,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"content_hash" text,
	CONSTRAINT "terms_versions_source_check" CHECK ("terms_versions"."source" in ('manual', 'open-terms-archive', 'mastodon-instance')),
	CONSTRAINT "terms_versions_version_check" CHECK ("terms_versions"."version" ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$')
);
--> statement-breakpoint
ALTER TABLE "terms_versions" ADD CONSTRAINT "terms_versions_platform_platform_terms_platform_fk" FOREIGN KEY ("platform") REFERENCES "public"."platform_terms"("platform") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "terms_versions_platform_version_idx" ON "terms_versions" USING btree ("platform","version");