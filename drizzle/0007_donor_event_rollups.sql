CREATE TABLE `donor_event_rollups` (
	`donor_id` integer NOT NULL,
	`program_id` integer NOT NULL,
	`country_code` text,
	`year` text,
	`trained_women` integer DEFAULT 0 NOT NULL,
	`trained_men` integer DEFAULT 0 NOT NULL,
	`trained_not_disaggregated` integer DEFAULT 0 NOT NULL,
	`trained_total` integer DEFAULT 0 NOT NULL,
	`gender_recorded_women` integer DEFAULT 0 NOT NULL,
	`gender_recorded_base` integer DEFAULT 0 NOT NULL,
	`meeting_participants` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`donor_id`) REFERENCES `donors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `donor_event_rollups_place_idx` ON `donor_event_rollups` (`donor_id`,`country_code`,`year`,`trained_women`,`trained_men`,`trained_not_disaggregated`,`trained_total`,`gender_recorded_women`,`gender_recorded_base`,`meeting_participants`);--> statement-breakpoint
CREATE INDEX `donor_event_rollups_donor_program_idx` ON `donor_event_rollups` (`donor_id`,`program_id`,`trained_women`,`trained_men`,`trained_not_disaggregated`,`trained_total`,`gender_recorded_women`,`gender_recorded_base`,`meeting_participants`);--> statement-breakpoint
CREATE INDEX `donor_event_rollups_program_idx` ON `donor_event_rollups` (`program_id`);