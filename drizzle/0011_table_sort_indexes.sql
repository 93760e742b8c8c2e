CREATE INDEX `activities_name_idx` ON `activities` (`name`);--> statement-breakpoint
CREATE INDEX `events_kind_start_idx` ON `events` (`kind`,`start_date`);--> statement-breakpoint
CREATE INDEX `events_title_idx` ON `events` (`title`);