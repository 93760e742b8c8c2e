CREATE INDEX `activities_archived_commencement_idx` ON `activities` (`archived_at`,`commencement_date`);--> statement-breakpoint
CREATE INDEX `events_country_kind_start_idx` ON `events` (`country_code`,`kind`,`start_date`);--> statement-breakpoint
CREATE INDEX `events_total_idx` ON `events` ((coalesce("women", 0) + coalesce("men", 0) + coalesce("not_disaggregated", 0)));