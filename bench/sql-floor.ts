import fs from 'node:fs';
import type Database from 'better-sqlite3';

// A page's floor: the statements the server ran for it (read from its SQL log, DPS_SQL_LOG),
// run again directly on better-sqlite3. Only reads are replayed; a page's writes (a token's
// last use) are not part of what it costs to read its figures.

export interface LoggedStatement {
  query: string;
  params: unknown[];
}

/** Follows the server's SQL log: each call returns the statements logged since the last one. */
export function sqlLogReader(file: string) {
  fs.writeFileSync(file, '');
  let offset = 0;
  return (): LoggedStatement[] => {
    const text = fs.readFileSync(file, 'utf8');
    const added = text.slice(offset);
    offset = text.length;
    return added
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LoggedStatement);
  };
}

const isRead = (statement: LoggedStatement) => /^\s*(select|with)\b/i.test(statement.query);

/** Runs the reads of one page, prepared as the ORM prepares them, and reads every row. */
export function replayReads(sqlite: Database.Database, statements: LoggedStatement[]): void {
  for (const statement of statements.filter(isRead)) {
    sqlite
      .prepare(statement.query)
      .raw()
      .all(...(statement.params as unknown[]));
  }
}
