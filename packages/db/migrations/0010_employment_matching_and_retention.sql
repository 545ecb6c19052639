ALTER TABLE "placements" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "placements" ADD COLUMN "leaving_reason" text;--> statement-breakpoint
CREATE UNIQUE INDEX "placements_once_idx" ON "placements" USING btree ("person_id","employer_id","started_on");