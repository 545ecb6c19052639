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