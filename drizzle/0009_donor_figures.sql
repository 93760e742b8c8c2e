CREATE TABLE `donor_figures` (
	`donor_id` integer PRIMARY KEY NOT NULL,
	`activities` integer NOT NULL,
	`countries` integer NOT NULL,
	`amount` real,
	`currency` text,
	FOREIGN KEY (`donor_id`) REFERENCES `donors`(`id`) ON UPDATE no action ON DELETE cascade
);
