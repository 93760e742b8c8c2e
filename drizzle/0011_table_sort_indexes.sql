CREATE INDEX `activities_name_idx` ON `activities` (`name`);--> statement-breakpoint
CREATE INDEX `events_title_idx` ON `events` (`title`);--> statement-breakpoint
CREATE INDEX `events_modality_idx` ON `events` (`modality`);--> statement-breakpoint
CREATE INDEX `events_women_idx` ON `events` (`women`);--> statement-breakpoint
CREATE INDEX `events_men_idx` ON `events` (`men`);--> statement-breakpoint
CREATE INDEX `events_not_disaggregated_idx` ON `events` (`not_disaggregated`);