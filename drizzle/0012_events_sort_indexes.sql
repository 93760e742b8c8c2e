DROP INDEX `events_total_idx`;--> statement-breakpoint
DROP INDEX `events_kind_idx`;--> statement-breakpoint
DROP INDEX `events_title_idx`;--> statement-breakpoint
CREATE INDEX `events_title_start_idx` ON `events` (`title`,`start_date`);--> statement-breakpoint
CREATE INDEX `events_modality_start_idx` ON `events` (`modality`,`start_date`);--> statement-breakpoint
CREATE INDEX `events_women_start_idx` ON `events` (`women`,`start_date`);--> statement-breakpoint
CREATE INDEX `events_men_start_idx` ON `events` (`men`,`start_date`);--> statement-breakpoint
CREATE INDEX `events_not_disaggregated_start_idx` ON `events` (`not_disaggregated`,`start_date`);--> statement-breakpoint
CREATE INDEX `events_total_start_idx` ON `events` ((coalesce("women", 0) + coalesce("men", 0) + coalesce("not_disaggregated", 0)),`start_date`);