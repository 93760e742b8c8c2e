ALTER TABLE `activity_figures` ADD `first_country_name` text;--> statement-breakpoint
ALTER TABLE `activity_figures` ADD `first_donor_name` text;--> statement-breakpoint
UPDATE `activity_figures` SET `first_country_name` = (SELECT min(`member_states`.`name_en`) FROM `activity_countries` INNER JOIN `member_states` ON `member_states`.`code` = `activity_countries`.`country_code` WHERE `activity_countries`.`activity_id` = `activity_figures`.`activity_id`), `first_donor_name` = (SELECT min(`donors`.`name`) FROM `activity_donors` INNER JOIN `donors` ON `donors`.`id` = `activity_donors`.`donor_id` WHERE `activity_donors`.`activity_id` = `activity_figures`.`activity_id`);--> statement-breakpoint
CREATE INDEX `activity_figures_first_country_idx` ON `activity_figures` (`first_country_name`);--> statement-breakpoint
CREATE INDEX `activity_figures_first_donor_idx` ON `activity_figures` (`first_donor_name`);
