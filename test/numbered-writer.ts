// A process that keeps editing a database through the mutation layer, as the server does, and
// reports each edit on stdout only once its transaction has committed: "committed <n>".
// The crash and backup tests kill it or copy the database under it, then check every reported
// edit is there. Usage: tsx test/numbered-writer.ts <database file> <first number> [<count>]
import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { createEvent } from '@/db/mutations/events';
import { activities, users } from '@/db/schema';
import type { Viewer } from '@/db/viewer';
import { numberedEditTitle } from './numbered-edits';

function main() {
  const [file, first, count] = process.argv.slice(2);
  const db = openDatabase(file);
  const admin = db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).get()!;
  const actor: Viewer = { id: admin.id, role: 'admin', donorId: null };
  const activity = db.select({ id: activities.id }).from(activities).limit(1).get()!;
  const last = count ? Number(first) + Number(count) - 1 : Infinity;

  fs.writeSync(1, 'ready\n');
  for (let n = Number(first); n <= last; n++) {
    createEvent(db, {
      actor,
      values: {
        activityId: activity.id,
        kind: 'workshop',
        title: numberedEditTitle(n),
        countryCode: null,
        start: null,
        end: null,
        venue: null,
        modality: null,
        sectors: [],
        women: n % 7,
        men: n % 5,
        notDisaggregated: 0,
        isApproximate: false,
      },
    });
    // Synchronous write to the pipe: the parent knows of the commit before the next edit starts.
    fs.writeSync(1, `committed ${n}\n`);
  }
  db.$client.close();
}

main();
