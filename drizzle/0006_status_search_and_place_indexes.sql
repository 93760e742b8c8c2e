DROP INDEX `activities_program_idx`;--> statement-breakpoint
DROP INDEX `activities_archived_commencement_idx`;--> statement-breakpoint
CREATE INDEX `activities_program_name_idx` ON `activities` (`program_id`,`archived_at`,lower("name"));--> statement-breakpoint
CREATE INDEX `activities_archived_dates_idx` ON `activities` (`archived_at`,`commencement_date`,`id`,`completion_date`,`is_ongoing`);--> statement-breakpoint
DROP INDEX `event_rollups_country_idx`;--> statement-breakpoint
CREATE INDEX `event_rollups_place_idx` ON `event_rollups` (`country_code`,`year`,`trained_women`,`trained_men`,`trained_not_disaggregated`,`trained_total`,`gender_recorded_women`,`gender_recorded_base`,`meeting_participants`);