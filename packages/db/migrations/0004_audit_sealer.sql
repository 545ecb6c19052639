-- Audit entries are appended without a lock and chained afterwards by the sealer: `seq` numbers entries as
-- they are written, `chain_position` is their place in the hash chain once sealed. (drizzle-kit writes
-- "SET DATA TYPE bigserial", which PostgreSQL refuses: the sequence is made by hand.)
CREATE SEQUENCE IF NOT EXISTS "audit_events_seq_seq" OWNED BY "audit_events"."seq";--> statement-breakpoint
SELECT setval('"audit_events_seq_seq"', coalesce((SELECT max("seq") FROM "audit_events"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "seq" SET DEFAULT nextval('"audit_events_seq_seq"');--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_position" bigint;--> statement-breakpoint
-- Entries written before the sealer are sealed again, in the order they were written.
UPDATE "audit_events" SET "prev_hash" = NULL, "hash" = NULL;--> statement-breakpoint
CREATE INDEX "audit_unsealed_idx" ON "audit_events" USING btree ("seq") WHERE "audit_events"."chain_position" is null;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_chain_position_unique" UNIQUE("chain_position");
