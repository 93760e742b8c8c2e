import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { buildDemoDatabase } from '@/db/demo-database';
import { listIatiActivities } from '@/db/queries/iati';
import { synthesize } from '@/db/synth/synthesize';
import type { Viewer } from '@/db/viewer';
import { activitiesTableSpec } from '@/lib/table-specs';
import { parseTableState } from '@/lib/table-state';
import { donorViewer, staffViewer } from '@/test/viewers';
import { tempDatabaseFile } from '@/test/temp-database';
import { iatiActivityFile } from './activity-file';
import { reportingOrgFromEnv } from './reporting-org';
import { checkIatiRules } from './ruleset';

// The IATI file of the demo data and of a 10,000-activity synthetic database, validated against
// the official IATI 2.03 XSD with xmllint (installed by scripts/ensure-xmllint.sh) and checked
// against the ruleset items that apply.

const schema = path.resolve(process.cwd(), '../shared/iati/iati-activities-schema.xsd');
const org = reportingOrgFromEnv({});
const everything = parseTableState(activitiesTableSpec, new URLSearchParams()).state;

function writeFile(db: Db, viewer: Viewer, file: string, query = new URLSearchParams()) {
  const state = query.size ? parseTableState(activitiesTableSpec, query).state : everything;
  const leftOut: number[] = [];
  const xml = [...iatiActivityFile(listIatiActivities(db, { viewer, state }), { org, generatedAt: new Date('2026-11-26T12:00:00Z'), leftOut })].join('');
  fs.writeFileSync(file, xml);
  return { xml, leftOut };
}

function xmllint(file: string) {
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  const output = `${result.stdout}${result.stderr}`.trim();
  // The lead's note quotes this line.
  console.log(`xmllint: ${output.split('\n').slice(-3).join(' | ')}`);
  return { status: result.status, output };
}

const identifiers = (xml: string) => [...xml.matchAll(/<iati-identifier>[^<]*-(\d+)<\/iati-identifier>/g)].map((m) => Number(m[1]));

describe('the IATI file of the demo data', () => {
  let db: Db;
  const file = tempDatabaseFile().replace(/test\.db$/, 'activities.xml');

  beforeAll(async () => {
    const dbFile = tempDatabaseFile();
    await buildDemoDatabase(dbFile);
    db = openDatabase(dbFile);
  });
  afterAll(() => db.$client.close());

  it('validates against the IATI 2.03 schema and passes the ruleset checks', () => {
    const { xml, leftOut } = writeFile(db, staffViewer(), file);
    const { status, output } = xmllint(file);
    expect(output).toBe(`${file} validates`);
    expect(status).toBe(0);
    expect(checkIatiRules(xml, org.ref)).toEqual([]);
    // Every activity is either in the file or named as left out for having no stated date.
    expect([...identifiers(xml), ...leftOut].sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    // The demo sheets state no date at all for these seven (nor do their events).
    expect(leftOut.sort((a, b) => a - b)).toEqual([1, 4, 5, 6, 9, 10, 12]);
    expect(xml).toContain('<!-- Left out for having no stated date (IATI requires one): activities');
    expect(xml).toContain('<sector vocabulary="1" code="15210" percentage="100"/>');
    expect(xml).toContain('<recipient-country code="SV" percentage="33.34"/><recipient-country code="GT" percentage="33.33"/>');
    expect(xml).toContain('<participating-org role="1" type="10"><narrative>Canada</narrative><narrative xml:lang="es">Canadá</narrative></participating-org>');
    expect(xml).toMatch(/<target value="340"\/>/);
  });

  it("holds a donor's own activities only", () => {
    const canada = donorViewer(db, 'Canada');
    const { xml, leftOut } = writeFile(db, canada, file);
    const funded = db.$client.prepare('select activity_id as id from activity_donors where donor_id = ? order by 1').pluck().all(canada.donorId) as number[];
    expect([...identifiers(xml), ...leftOut].sort((a, b) => a - b)).toEqual(funded);
    expect(xml).not.toContain('United States');
    expect(xmllint(file).status).toBe(0);
  });

  it('holds what the filters select, as the activities table', () => {
    const { xml } = writeFile(db, staffViewer(), file, new URLSearchParams({ 'f.countries': 'BZ' }));
    const inBelize = db.$client.prepare("select activity_id from activity_countries where country_code = 'BZ' order by 1").pluck().all() as number[];
    expect(identifiers(xml).every((id) => inBelize.includes(id))).toBe(true);
    expect(identifiers(xml).length).toBeGreaterThan(0);
  });
});

describe('the IATI file of a 10,000-activity synthetic database', () => {
  it('validates against the IATI 2.03 schema and passes the ruleset checks', async () => {
    const dbFile = tempDatabaseFile();
    await buildDemoDatabase(dbFile);
    const db = openDatabase(dbFile);
    try {
      let started = Date.now();
      synthesize(db, { activities: 10_000, events: 30_000, seed: 11 });
      const synthSeconds = (Date.now() - started) / 1000;
      started = Date.now();
      const file = dbFile.replace(/test\.db$/, 'synth-activities.xml');
      const { xml, leftOut } = writeFile(db, staffViewer(), file);
      const writeSeconds = (Date.now() - started) / 1000;
      started = Date.now();
      const { status, output } = xmllint(file);
      console.log(`synth ${synthSeconds.toFixed(1)} s, file ${writeSeconds.toFixed(1)} s (${(xml.length / 1e6).toFixed(1)} MB), xmllint ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(output).toBe(`${file} validates`);
      expect(status).toBe(0);
      expect(checkIatiRules(xml, org.ref)).toEqual([]);
      expect(identifiers(xml).length + leftOut.length).toBe(10_013);
      expect(xml).toContain('<transaction-type code="11"/>');
      expect(xml).toMatch(/<actual value="\d+"><dimension name="sex" value="female"\/><\/actual><actual value="\d+"><dimension name="sex" value="male"\/><\/actual>/);
    } finally {
      db.$client.close();
    }
  }, 120_000);
});
