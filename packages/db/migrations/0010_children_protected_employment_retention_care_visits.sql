ALTER TABLE "placement_visits" ALTER COLUMN "month" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "job_seeker_profiles" ADD COLUMN "consent_representative_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "job_seeker_profiles" ADD COLUMN "consent_representative_relation" text;--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "leaving_reason" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "in_child_protection" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "job_seeker_profiles_reach_idx" ON "job_seeker_profiles" USING gin ("region_ids") WHERE "job_seeker_profiles"."readiness" <> 'working';--> statement-breakpoint
CREATE INDEX "job_seeker_profiles_anywhere_idx" ON "job_seeker_profiles" USING btree ("id") WHERE "job_seeker_profiles"."readiness" <> 'working' and cardinality("job_seeker_profiles"."region_ids") = 0;--> statement-breakpoint
CREATE UNIQUE INDEX "placements_once_idx" ON "placements" USING btree ("person_id","employer_id","started_on");--> statement-breakpoint
-- Everyone with a child-protection record already is under child protection, whatever their age.
UPDATE "persons" SET "in_child_protection" = true WHERE "id" IN (
  SELECT "person_id" FROM "cases" WHERE "kind" IN ('child_protection', 'deinstitutionalisation')
  UNION SELECT "person_id" FROM "care_placements"
  UNION SELECT "person_id" FROM "gatekeeping_requests"
);
