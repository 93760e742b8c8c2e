DROP INDEX `events_activity_idx`;--> statement-breakpoint
CREATE INDEX `events_activity_idx` ON `events` (`activity_id`,`archived_at`,`start_date`);