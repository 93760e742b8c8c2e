CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`program_id` integer NOT NULL,
	`name` text NOT NULL,
	`commencement_date` text,
	`commencement_precision` text,
	`completion_date` text,
	`completion_precision` text,
	`is_ongoing` integer DEFAULT false NOT NULL,
	`target_beneficiaries` text,
	`summary` text,
	`objectives` text,
	`results` text,
	`additional_info_url` text,
	`sources` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activities_completion_after_commencement" CHECK("activities"."completion_date" is null or "activities"."commencement_date" is null or "activities"."completion_date" >= "activities"."commencement_date"),
	CONSTRAINT "activities_ongoing_has_no_completion" CHECK(not ("activities"."is_ongoing" = 1 and "activities"."completion_date" is not null)),
	CONSTRAINT "activities_precision_with_date" CHECK(("activities"."commencement_date" is null) = ("activities"."commencement_precision" is null) and ("activities"."completion_date" is null) = ("activities"."completion_precision" is null))
);
--> statement-breakpoint
CREATE INDEX `activities_program_idx` ON `activities` (`program_id`);--> statement-breakpoint
CREATE INDEX `activities_commencement_idx` ON `activities` (`commencement_date`);--> statement-breakpoint
CREATE TABLE `activity_countries` (
	`activity_id` integer NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`activity_id`, `country_code`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_code`) REFERENCES `member_states`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_countries_country_idx` ON `activity_countries` (`country_code`);--> statement-breakpoint
CREATE TABLE `activity_donors` (
	`activity_id` integer NOT NULL,
	`donor_id` integer NOT NULL,
	`amount` real,
	`currency` text,
	PRIMARY KEY(`activity_id`, `donor_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`donor_id`) REFERENCES `donors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activity_donors_amount" CHECK("activity_donors"."amount" is null or "activity_donors"."amount" >= 0),
	CONSTRAINT "activity_donors_currency" CHECK(("activity_donors"."amount" is null) or ("activity_donors"."currency" is not null and length("activity_donors"."currency") = 3))
);
--> statement-breakpoint
CREATE INDEX `activity_donors_donor_idx` ON `activity_donors` (`donor_id`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`occurred_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_entity_idx` ON `audit_events` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_events_occurred_idx` ON `audit_events` (`occurred_at`);--> statement-breakpoint
CREATE TABLE `donors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_es` text,
	`kind` text NOT NULL,
	`country_code` text,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "donors_kind" CHECK("donors"."kind" in ('member_state', 'permanent_observer', 'multilateral', 'other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `donors_name_unique` ON `donors` (`name`);--> statement-breakpoint
CREATE TABLE `event_sectors` (
	`event_id` integer NOT NULL,
	`sector_code` text NOT NULL,
	PRIMARY KEY(`event_id`, `sector_code`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sector_code`) REFERENCES `sectors`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`country_code` text,
	`start_date` text,
	`start_precision` text,
	`end_date` text,
	`end_precision` text,
	`venue` text,
	`modality` text,
	`women` integer,
	`men` integer,
	`not_disaggregated` integer,
	`is_approximate` integer DEFAULT false NOT NULL,
	`sources` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `member_states`(`code`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "events_kind" CHECK("events"."kind" in ('training_course', 'workshop', 'meeting', 'assessment_mission')),
	CONSTRAINT "events_modality" CHECK("events"."modality" is null or "events"."modality" in ('on_site', 'virtual')),
	CONSTRAINT "events_women" CHECK("events"."women" is null or "events"."women" >= 0),
	CONSTRAINT "events_men" CHECK("events"."men" is null or "events"."men" >= 0),
	CONSTRAINT "events_not_disaggregated" CHECK("events"."not_disaggregated" is null or "events"."not_disaggregated" >= 0),
	CONSTRAINT "events_end_after_start" CHECK("events"."end_date" is null or "events"."start_date" is null or "events"."end_date" >= "events"."start_date"),
	CONSTRAINT "events_precision_with_date" CHECK(("events"."start_date" is null) = ("events"."start_precision" is null) and ("events"."end_date" is null) = ("events"."end_precision" is null))
);
--> statement-breakpoint
CREATE INDEX `events_activity_idx` ON `events` (`activity_id`);--> statement-breakpoint
CREATE INDEX `events_country_idx` ON `events` (`country_code`);--> statement-breakpoint
CREATE INDEX `events_start_idx` ON `events` (`start_date`);--> statement-breakpoint
CREATE INDEX `events_kind_idx` ON `events` (`kind`);--> statement-breakpoint
CREATE TABLE `indicator_events` (
	`indicator_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	PRIMARY KEY(`indicator_id`, `event_id`),
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `indicator_events_event_idx` ON `indicator_events` (`event_id`);--> statement-breakpoint
CREATE TABLE `indicator_measurements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`value` real NOT NULL,
	`measured_on` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "indicator_measurements_value" CHECK("indicator_measurements"."value" >= 0)
);
--> statement-breakpoint
CREATE INDEX `indicator_measurements_indicator_idx` ON `indicator_measurements` (`indicator_id`,`measured_on`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`name` text NOT NULL,
	`target` real NOT NULL,
	`sources` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "indicators_target" CHECK("indicators"."target" > 0)
);
--> statement-breakpoint
CREATE INDEX `indicators_activity_idx` ON `indicators` (`activity_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_activity_name_unique` ON `indicators` (`activity_id`,`name`);--> statement-breakpoint
CREATE TABLE `member_states` (
	`code` text PRIMARY KEY NOT NULL,
	`iso3` text NOT NULL,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL,
	`subregion` text NOT NULL,
	CONSTRAINT "member_states_code_format" CHECK(length("member_states"."code") = 2),
	CONSTRAINT "member_states_subregion" CHECK("member_states"."subregion" in ('north_america', 'central_america', 'caribbean', 'south_america'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_states_iso3_unique` ON `member_states` (`iso3`);--> statement-breakpoint
CREATE UNIQUE INDEX `member_states_name_en_unique` ON `member_states` (`name_en`);--> statement-breakpoint
CREATE UNIQUE INDEX `member_states_name_es_unique` ON `member_states` (`name_es`);--> statement-breakpoint
CREATE TABLE `org_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `org_units_code_unique` ON `org_units` (`code`);--> statement-breakpoint
CREATE TABLE `programs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`name` text NOT NULL,
	`pillar` text,
	`summary` text,
	`objectives` text,
	`url` text,
	`sources` text,
	`notes` text,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `org_units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "programs_pillar" CHECK("programs"."pillar" is null or "programs"."pillar" in ('democracy', 'human_rights', 'integral_development', 'multidimensional_security'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programs_name_unique` ON `programs` (`name`);--> statement-breakpoint
CREATE INDEX `programs_unit_idx` ON `programs` (`unit_id`);--> statement-breakpoint
CREATE TABLE `sectors` (
	`code` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`donor_id` integer,
	`is_active` integer DEFAULT true NOT NULL,
	`last_sign_in_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL,
	FOREIGN KEY (`donor_id`) REFERENCES `donors`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role" CHECK("users"."role" in ('admin', 'editor', 'viewer', 'donor')),
	CONSTRAINT "users_donor_link" CHECK(("users"."role" = 'donor' and "users"."donor_id" is not null) or ("users"."role" <> 'donor' and "users"."donor_id" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);