CREATE TABLE "indicator_targets" (
	"indicator_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	CONSTRAINT "indicator_targets_indicator_id_period_start_pk" PRIMARY KEY("indicator_id","period_start")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"programme_id" uuid NOT NULL,
	"result_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"unit" text NOT NULL,
	"baseline_value" numeric(16, 2),
	"baseline_date" date,
	"disaggregations" text[] DEFAULT '{}' NOT NULL,
	"definition" jsonb,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manual_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_participants" (
	"programme_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "programme_participants_programme_id_organisation_id_role_pk" PRIMARY KEY("programme_id","organisation_id","role")
);
--> statement-breakpoint
CREATE TABLE "programme_policy_markers" (
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"significance" integer NOT NULL,
	CONSTRAINT "programme_policy_markers_programme_id_code_pk" PRIMARY KEY("programme_id","code")
);
--> statement-breakpoint
CREATE TABLE "programme_regions" (
	"programme_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	CONSTRAINT "programme_regions_programme_id_region_id_pk" PRIMARY KEY("programme_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "programme_sectors" (
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"percentage" numeric(5, 2) NOT NULL,
	CONSTRAINT "programme_sectors_programme_id_code_pk" PRIMARY KEY("programme_id","code")
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"programme_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "suppress_below" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "programmes" ADD COLUMN "age_bands" jsonb DEFAULT '[{"from":0,"to":4},{"from":5,"to":17},{"from":18,"to":29},{"from":30,"to":59},{"from":60,"to":null}]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_values" ADD CONSTRAINT "manual_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_values" ADD CONSTRAINT "manual_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_participants" ADD CONSTRAINT "programme_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_policy_markers" ADD CONSTRAINT "programme_policy_markers_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_regions" ADD CONSTRAINT "programme_regions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_regions" ADD CONSTRAINT "programme_regions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_sectors" ADD CONSTRAINT "programme_sectors_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_parent_id_results_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_programme_code_idx" ON "indicators" USING btree ("programme_id","code");--> statement-breakpoint
CREATE INDEX "indicators_result_idx" ON "indicators" USING btree ("result_id");--> statement-breakpoint
CREATE INDEX "manual_values_indicator_idx" ON "manual_values" USING btree ("indicator_id","period_start");--> statement-breakpoint
CREATE INDEX "programme_participants_org_idx" ON "programme_participants" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "results_programme_code_idx" ON "results" USING btree ("programme_id","code");--> statement-breakpoint
CREATE INDEX "results_parent_idx" ON "results" USING btree ("parent_id");