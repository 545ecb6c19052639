CREATE TABLE "care_institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organisation_id" uuid NOT NULL,
	"capacity" integer NOT NULL,
	"target_children_leaving" integer NOT NULL,
	"target_date" date,
	"programme_id" uuid
);
--> statement-breakpoint
CREATE TABLE "care_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"carer_id" uuid,
	"institution_id" uuid,
	"programme_id" uuid,
	"started_on" date NOT NULL,
	"ended_on" date,
	"ending" text,
	"breakdown_reason" text,
	"end_note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"recorded_on" date NOT NULL,
	"arrangement" text,
	"text" text NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "carers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"region_id" uuid,
	"capacity" integer NOT NULL,
	"state" text DEFAULT 'applied' NOT NULL,
	"assessed_on" date,
	"trained_on" date,
	"approved_on" date
);
--> statement-breakpoint
CREATE TABLE "commission_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"commission_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"commission_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gatekeeping_commissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"region_id" uuid
);
--> statement-breakpoint
CREATE TABLE "gatekeeping_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"commission_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"requested_on" date NOT NULL,
	"institution_id" uuid,
	"reason" text NOT NULL,
	"meeting_id" uuid,
	"decided_on" date,
	"outcome" text,
	"reasons" text,
	"prevention_services" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "institution_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"institution_id" uuid NOT NULL,
	"counted_on" date NOT NULL,
	"age_band" text NOT NULL,
	"sex" text NOT NULL,
	"disability" text NOT NULL,
	"children" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"month" integer NOT NULL,
	"due_on" date NOT NULL,
	"visited_on" date,
	"findings" text DEFAULT '' NOT NULL,
	"concerns" boolean DEFAULT false NOT NULL,
	"visited_by" uuid,
	"escalated_to" uuid[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reorganisation_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date
);
--> statement-breakpoint
CREATE TABLE "transition_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid NOT NULL,
	"step" text NOT NULL,
	"responsible" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date
);
--> statement-breakpoint
ALTER TABLE "care_institutions" ADD CONSTRAINT "care_institutions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_institutions" ADD CONSTRAINT "care_institutions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_placements" ADD CONSTRAINT "care_placements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_placements" ADD CONSTRAINT "care_placements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_placements" ADD CONSTRAINT "care_placements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_placements" ADD CONSTRAINT "care_placements_carer_id_carers_id_fk" FOREIGN KEY ("carer_id") REFERENCES "public"."carers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_placements" ADD CONSTRAINT "care_placements_institution_id_care_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."care_institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_placements" ADD CONSTRAINT "care_placements_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_records" ADD CONSTRAINT "care_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_records" ADD CONSTRAINT "care_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carers" ADD CONSTRAINT "carers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carers" ADD CONSTRAINT "carers_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_meetings" ADD CONSTRAINT "commission_meetings_commission_id_gatekeeping_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."gatekeeping_commissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_members" ADD CONSTRAINT "commission_members_commission_id_gatekeeping_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."gatekeeping_commissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatekeeping_commissions" ADD CONSTRAINT "gatekeeping_commissions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatekeeping_commissions" ADD CONSTRAINT "gatekeeping_commissions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatekeeping_requests" ADD CONSTRAINT "gatekeeping_requests_commission_id_gatekeeping_commissions_id_fk" FOREIGN KEY ("commission_id") REFERENCES "public"."gatekeeping_commissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatekeeping_requests" ADD CONSTRAINT "gatekeeping_requests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatekeeping_requests" ADD CONSTRAINT "gatekeeping_requests_institution_id_care_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."care_institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gatekeeping_requests" ADD CONSTRAINT "gatekeeping_requests_meeting_id_commission_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."commission_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institution_counts" ADD CONSTRAINT "institution_counts_institution_id_care_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."care_institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_visits" ADD CONSTRAINT "placement_visits_placement_id_care_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."care_placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_visits" ADD CONSTRAINT "placement_visits_visited_by_users_id_fk" FOREIGN KEY ("visited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reorganisation_milestones" ADD CONSTRAINT "reorganisation_milestones_institution_id_care_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."care_institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transition_steps" ADD CONSTRAINT "transition_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "care_institutions_organisation_idx" ON "care_institutions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "care_placements_case_idx" ON "care_placements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "care_placements_organisation_idx" ON "care_placements" USING btree ("organisation_id","started_on");--> statement-breakpoint
CREATE INDEX "care_placements_institution_idx" ON "care_placements" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "care_records_case_idx" ON "care_records" USING btree ("case_id","recorded_on");--> statement-breakpoint
CREATE INDEX "carers_organisation_idx" ON "carers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "commission_meetings_commission_idx" ON "commission_meetings" USING btree ("commission_id","held_on");--> statement-breakpoint
CREATE INDEX "commission_members_commission_idx" ON "commission_members" USING btree ("commission_id");--> statement-breakpoint
CREATE INDEX "gatekeeping_commissions_organisation_idx" ON "gatekeeping_commissions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "gatekeeping_requests_commission_idx" ON "gatekeeping_requests" USING btree ("commission_id","requested_on");--> statement-breakpoint
CREATE INDEX "gatekeeping_requests_person_idx" ON "gatekeeping_requests" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "institution_counts_group_idx" ON "institution_counts" USING btree ("institution_id","counted_on","age_band","sex","disability");--> statement-breakpoint
CREATE INDEX "placement_visits_placement_idx" ON "placement_visits" USING btree ("placement_id","due_on");--> statement-breakpoint
CREATE INDEX "reorganisation_milestones_institution_idx" ON "reorganisation_milestones" USING btree ("institution_id","due_on");--> statement-breakpoint
CREATE INDEX "transition_steps_case_idx" ON "transition_steps" USING btree ("case_id","due_on");