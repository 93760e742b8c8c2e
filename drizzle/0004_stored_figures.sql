CREATE TABLE `activity_country_rollups` (
	`program_id` integer NOT NULL,
	`country_code` text NOT NULL,
	`activities` integer NOT NULL,
	PRIMARY KEY(`program_id`, `country_code`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `member_states`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_country_rollups_country_idx` ON `activity_country_rollups` (`country_code`);--> statement-breakpoint
CREATE TABLE `activity_figures` (
	`activity_id` integer PRIMARY KEY NOT NULL,
	`trained_women` integer DEFAULT 0 NOT NULL,
	`trained_men` integer DEFAULT 0 NOT NULL,
	`trained_not_disaggregated` integer DEFAULT 0 NOT NULL,
	`trained_total` integer DEFAULT 0 NOT NULL,
	`gender_recorded_women` integer DEFAULT 0 NOT NULL,
	`gender_recorded_base` integer DEFAULT 0 NOT NULL,
	`meeting_participants` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_figures_trained_idx` ON `activity_figures` (`trained_total`);--> statement-breakpoint
CREATE TABLE `event_rollups` (
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
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_rollups_program_idx` ON `event_rollups` (`program_id`);--> statement-breakpoint
CREATE INDEX `event_rollups_country_idx` ON `event_rollups` (`country_code`);