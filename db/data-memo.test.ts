import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './client';
import { memoizeByData } from './data-memo';
import { memberStates } from './schema';
import { openEmptyDatabase } from '@/test/temp-database';

let db: Db;
let computed: string[];
const nameOf = memoizeByData(
  (database: Db, code: string) => {
    computed.push(code);
    return database.select({ name: memberStates.nameEn }).from(memberStates).where(eq(memberStates.code, code)).get()?.name;
  },
  (code) => code,
  2,
);

beforeEach(() => {
  db = openEmptyDatabase();
  db.insert(memberStates).values([
    { code: 'BZ', iso3: 'BLZ', nameEn: 'Belize', nameEs: 'Belice', subregion: 'central_america' },
    { code: 'LC', iso3: 'LCA', nameEn: 'Saint Lucia', nameEs: 'Santa Lucía', subregion: 'caribbean' },
    { code: 'PE', iso3: 'PER', nameEn: 'Peru', nameEs: 'Perú', subregion: 'south_america' },
  ]).run();
  computed = [];
});

describe('memoizeByData', () => {
  it('computes a key once while the data is unchanged', () => {
    expect([nameOf(db, 'BZ'), nameOf(db, 'BZ'), nameOf(db, 'LC')]).toEqual(['Belize', 'Belize', 'Saint Lucia']);
    expect(computed).toEqual(['BZ', 'LC']);
  });

  it('computes again after a write through the same connection', () => {
    nameOf(db, 'BZ');
    db.update(memberStates).set({ nameEn: 'Belize City' }).where(eq(memberStates.code, 'BZ')).run();
    expect(nameOf(db, 'BZ')).toBe('Belize City');
    expect(computed).toEqual(['BZ', 'BZ']);
  });

  it("computes again after another connection's commit (an import or restore script)", () => {
    nameOf(db, 'BZ');
    const other = openDatabase(db.$client.name);
    other.update(memberStates).set({ nameEn: 'Belmopan' }).where(eq(memberStates.code, 'BZ')).run();
    other.$client.close();
    expect(nameOf(db, 'BZ')).toBe('Belmopan');
  });

  it('keeps nothing read inside a transaction, which may yet be rolled back', () => {
    expect(() =>
      db.transaction((tx) => {
        tx.update(memberStates).set({ nameEn: 'Not Belize' }).where(eq(memberStates.code, 'BZ')).run();
        expect(nameOf(db, 'BZ')).toBe('Not Belize');
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(nameOf(db, 'BZ')).toBe('Belize');
  });

  it('keeps the most recently used keys only', () => {
    nameOf(db, 'BZ');
    nameOf(db, 'LC');
    nameOf(db, 'BZ');
    nameOf(db, 'PE');
    nameOf(db, 'BZ');
    nameOf(db, 'LC');
    expect(computed).toEqual(['BZ', 'LC', 'PE', 'LC']);
  });
});
