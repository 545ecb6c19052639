ALTER TABLE "placements" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "leaving_reason" text;--> statement-breakpoint
CREATE INDEX "job_seeker_profiles_reach_idx" ON "job_seeker_profiles" USING gin ("region_ids") WHERE "job_seeker_profiles"."readiness" <> 'working';--> statement-breakpoint
CREATE INDEX "job_seeker_profiles_anywhere_idx" ON "job_seeker_profiles" USING btree ("id") WHERE "job_seeker_profiles"."readiness" <> 'working' and cardinality("job_seeker_profiles"."region_ids") = 0;--> statement-breakpoint
CREATE UNIQUE INDEX "placements_once_idx" ON "placements" USING btree ("person_id","employer_id","started_on");