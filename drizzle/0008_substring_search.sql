-- Trigram indexes of the events' titles and the activities' names, so that the events table's
-- search ("contains", any 3 or more characters) reads an index instead of a million titles and a
-- hundred thousand names. SQLite-only (FTS5, read by db/substring-index.ts); the PostgreSQL
-- equivalent is a pg_trgm GIN index. External content: the text stays in its own table, and the
-- triggers keep each index in step with every write, whichever path makes it.
CREATE VIRTUAL TABLE `events_title_search` USING fts5(`title`, content='events', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `events_title_search_insert` AFTER INSERT ON `events` BEGIN
  INSERT INTO `events_title_search` (`rowid`, `title`) VALUES (new.`id`, new.`title`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_title_search_delete` AFTER DELETE ON `events` BEGIN
  INSERT INTO `events_title_search` (`events_title_search`, `rowid`, `title`) VALUES ('delete', old.`id`, old.`title`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_title_search_update` AFTER UPDATE OF `id`, `title` ON `events` BEGIN
  INSERT INTO `events_title_search` (`events_title_search`, `rowid`, `title`) VALUES ('delete', old.`id`, old.`title`);
  INSERT INTO `events_title_search` (`rowid`, `title`) VALUES (new.`id`, new.`title`);
END;
--> statement-breakpoint
INSERT INTO `events_title_search` (`events_title_search`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `activities_name_search` USING fts5(`name`, content='activities', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `activities_name_search_insert` AFTER INSERT ON `activities` BEGIN
  INSERT INTO `activities_name_search` (`rowid`, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `activities_name_search_delete` AFTER DELETE ON `activities` BEGIN
  INSERT INTO `activities_name_search` (`activities_name_search`, `rowid`, `name`) VALUES ('delete', old.`id`, old.`name`);
END;
--> statement-breakpoint
CREATE TRIGGER `activities_name_search_update` AFTER UPDATE OF `id`, `name` ON `activities` BEGIN
  INSERT INTO `activities_name_search` (`activities_name_search`, `rowid`, `name`) VALUES ('delete', old.`id`, old.`name`);
  INSERT INTO `activities_name_search` (`rowid`, `name`) VALUES (new.`id`, new.`name`);
END;
--> statement-breakpoint
INSERT INTO `activities_name_search` (`activities_name_search`) VALUES ('rebuild');
