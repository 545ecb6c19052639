ALTER TABLE "persons" ADD COLUMN "in_child_protection" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Everyone with a child-protection record already is under child protection, whatever their age.
UPDATE "persons" SET "in_child_protection" = true WHERE "id" IN (
  SELECT "person_id" FROM "cases" WHERE "kind" IN ('child_protection', 'deinstitutionalisation')
  UNION SELECT "person_id" FROM "care_placements"
  UNION SELECT "person_id" FROM "gatekeeping_requests"
);
