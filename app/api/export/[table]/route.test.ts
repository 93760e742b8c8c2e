import { parse } from 'csv-parse/sync';
import { NextRequest } from 'next/server';
import { readSheet } from 'read-excel-file/node';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import type { Account } from '@/db/queries/users';
import { openDemoDatabase } from '@/test/temp-database';

// The route handler, run as Next.js runs it but with the session, the database and the message
// catalogue supplied here: the proxy is not in front of it, so its own checks are what count.
const context = vi.hoisted(() => ({ account: null as Account | null, db: null as Db | null }));
vi.mock('server-only', () => ({}));
vi.mock('@/auth', () => ({ getAccount: async () => context.account }));
vi.mock('@/db', () => ({
  get db() {
    return context.db;
  },
}));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('en');
  return {
    getLocale: async () => 'en',
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'en', messages, namespace: namespace as never }),
  };
});

const { GET } = await import('./route');

const request = (table: string, query = '') => GET(new NextRequest(`http://localhost/api/export/${table}?${query}`), { params: Promise.resolve({ table }) });
const lines = async (response: Response) => (await response.text()).replace(/^\uFEFF/, '').trim().split('\n');
const asCsvText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? ''));
const account = (role: Account['role'], donor?: { id: number; name: string }): Account => ({
  id: 1,
  name: 'Test',
  email: 'test@example.org',
  role,
  donorId: donor?.id ?? null,
  donorName: donor?.name ?? null,
});

beforeEach(() => {
  context.db = openDemoDatabase();
  context.account = account('viewer');
});

describe('export route', () => {
  it('answers 401 without a session, whatever the proxy did', async () => {
    context.account = null;
    expect((await request('activities')).status).toBe(401);
  });

  it('answers 404 for a table that does not exist and 400 for an unknown format', async () => {
    expect((await request('users')).status).toBe(404);
    expect((await request('__proto__')).status).toBe(404);
    expect((await request('events', 'format=pdf')).status).toBe(400);
  });

  it('streams a CSV with a byte-order mark, a header row and every row the filters select', async () => {
    const response = await request('events', 'f.kind=workshop&size=1&page=3');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="events-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = await lines(response);
    expect(header).toBe('ID,Event,Kind,Activity ID,Activity,Country code,Country,Date,Date precision,Modality,Women,Men,Not disaggregated,Total,Approximate');
    expect(rows).toHaveLength(5);
  });

  it('gives a donor its portfolio only', async () => {
    context.account = account('donor', { id: 2, name: 'United States' });
    const [, ...activities] = await lines(await request('activities', 'archived=1'));
    expect(activities).toHaveLength(1);
    expect(activities[0]).toContain('Airport Access Control Workshop');
    const [, ...donors] = await lines(await request('donors'));
    expect(donors.map((d) => d.split(',')[1])).toEqual(['United States']);
  });

  it('writes an Excel workbook of the very rows and cells of the CSV of the same request', async () => {
    for (const [table, query] of [
      ['events', 'sort=-date&f.kind=workshop&size=1&page=3'],
      ['activities', 'archived=1'],
      ['programs', ''],
      ['donors', ''],
    ] as const) {
      const response = await request(table, `${query}&format=xlsx`);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename="${table}-\\d{4}-\\d{2}-\\d{2}\\.xlsx"`));
      const sheet = await readSheet(Buffer.from(await response.arrayBuffer()), { trim: false });
      const csv: string[][] = parse(await (await request(table, query)).text(), { bom: true });
      expect(sheet.length).toBeGreaterThan(2);
      // The CSV marks a would-be formula with a quote and writes dates as ISO text; a sheet needs neither.
      expect(sheet.map((row) => row.map(asCsvText))).toEqual(csv.map((row) => row.map((value) => value.replace(/^'(?=[=+\-@\t\r])/, ''))));
    }
  });
});
