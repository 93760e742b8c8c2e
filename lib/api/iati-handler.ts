import 'server-only';
import { db } from '@/db';
import { todayIso } from '@/db/activity-status';
import { listIatiActivities } from '@/db/queries/iati';
import { iatiActivityFile } from '@/lib/iati/activity-file';
import { reportingOrgFromEnv } from '@/lib/iati/reporting-org';
import { activitiesTableSpec } from '@/lib/table-specs';
import { endpoint } from './endpoints';
import { parseTableFilters } from './parameters';
import { InvalidParameters } from './problem';
import type { ApiContext } from './route';

/**
 * The IATI activity file of what the activities table's filters select for the caller, streamed
 * in batches. `download=1` (the table's button) asks the browser to save it.
 */
export function iatiActivitiesFile(context: ApiContext): Response {
  const state = parseTableFilters(activitiesTableSpec, context.params, endpoint('iatiActivities').parameters);
  const download = context.params.get('download');
  if (download !== null && download !== '1') throw new InvalidParameters([{ parameter: 'download', detail: 'download can only be 1.' }]);
  const chunks = iatiActivityFile(listIatiActivities(db, { viewer: context.account, state }), { org: reportingOrgFromEnv(), generatedAt: new Date() });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(download === '1' ? { 'Content-Disposition': `attachment; filename="iati-activities-${todayIso()}.xml"` } : {}),
    },
  });
}
