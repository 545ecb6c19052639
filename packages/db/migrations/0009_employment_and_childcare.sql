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
CREATE TABLE "employer_details" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"organisation_id" uuid NOT NULL,
	"keeper_organisation_id" uuid NOT NULL,
	"sector" text,
	"headcount" integer NOT NULL,
	"employees_with_disabilities" integer NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"premises" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"activity_id" uuid NOT NULL,
	"seeker_registration_id" uuid NOT NULL,
	"employer_registration_id" uuid NOT NULL,
	"vacancy_id" uuid,
	"scheduled_at" timestamp with time zone NOT NULL,
	"outcome" text DEFAULT 'scheduled' NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"activity_id" uuid NOT NULL,
	"role" text NOT NULL,
	"person_id" uuid,
	"employer_id" uuid,
	"accessibility_needs" text[] DEFAULT '{}' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"attended" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_seeker_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"education" text NOT NULL,
	"education_note" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"experience" text DEFAULT '' NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"hours" text[] DEFAULT '{}' NOT NULL,
	"region_ids" uuid[] DEFAULT '{}' NOT NULL,
	"accommodations_needed" text[] DEFAULT '{}' NOT NULL,
	"readiness" text NOT NULL,
	"consent_given_on" date,
	"consent_given_by" text,
	"consent_withdrawn_on" date,
	"show_contacts" boolean DEFAULT false NOT NULL,
	"show_functioning" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"checked_on" date NOT NULL,
	"still_employed" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"vacancy_id" uuid,
	"position" text NOT NULL,
	"started_on" date NOT NULL,
	"accommodations_provided" text[] DEFAULT '{}' NOT NULL,
	"job_coach" boolean DEFAULT false NOT NULL,
	"support" text DEFAULT '' NOT NULL,
	"programme_id" uuid,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"employer_id" uuid NOT NULL,
	"publisher_organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"region_id" uuid NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"sector" text,
	"hours" text NOT NULL,
	"pay_from" integer,
	"pay_to" integer,
	"currency" text NOT NULL,
	"requirements" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"accommodations_offered" text[] DEFAULT '{}' NOT NULL,
	"openings" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancy_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"proposed_by" uuid,
	"organisation_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL
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
ALTER TABLE "employer_details" ADD CONSTRAINT "employer_details_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_details" ADD CONSTRAINT "employer_details_keeper_organisation_id_organisations_id_fk" FOREIGN KEY ("keeper_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_seeker_registration_id_fair_registrations_id_fk" FOREIGN KEY ("seeker_registration_id") REFERENCES "public"."fair_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_employer_registration_id_fair_registrations_id_fk" FOREIGN KEY ("employer_registration_id") REFERENCES "public"."fair_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_seeker_profiles" ADD CONSTRAINT "job_seeker_profiles_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_follow_ups" ADD CONSTRAINT "placement_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_publisher_organisation_id_organisations_id_fk" FOREIGN KEY ("publisher_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_profile_id_job_seeker_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."job_seeker_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancy_proposals" ADD CONSTRAINT "vacancy_proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "transition_steps_case_idx" ON "transition_steps" USING btree ("case_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "employer_details_organisation_idx" ON "employer_details" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "fair_interviews_activity_idx" ON "fair_interviews" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "fair_registrations_activity_idx" ON "fair_registrations" USING btree ("activity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_registrations_person_idx" ON "fair_registrations" USING btree ("activity_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_registrations_employer_idx" ON "fair_registrations" USING btree ("activity_id","employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_seeker_profiles_person_idx" ON "job_seeker_profiles" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_follow_ups_once_idx" ON "placement_follow_ups" USING btree ("placement_id","months");--> statement-breakpoint
CREATE INDEX "placements_organisation_idx" ON "placements" USING btree ("organisation_id","started_on");--> statement-breakpoint
CREATE INDEX "placements_person_idx" ON "placements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "vacancies_employer_idx" ON "vacancies" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "vacancies_publisher_idx" ON "vacancies" USING btree ("publisher_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vacancy_proposals_once_idx" ON "vacancy_proposals" USING btree ("vacancy_id","profile_id");