DROP INDEX `events_country_idx`;--> statement-breakpoint
CREATE INDEX `events_country_idx` ON `events` (`country_code`,`start_date`);