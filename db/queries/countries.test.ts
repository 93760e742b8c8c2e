import { beforeEach, describe, expect, it } from 'vitest';
import { openDemoDatabase } from '@/test/temp-database';
import type { Db } from '../client';
import { getMemberState } from './countries';

let db: Db;
beforeEach(() => {
  db = openDemoDatabase();
});

describe('countries', () => {
  it('find a member state by code, and nothing for an unknown one', () => {
    expect(getMemberState(db, 'SV')).toMatchObject({ nameEn: 'El Salvador', nameEs: 'El Salvador', subregion: 'central_america' });
    expect(getMemberState(db, 'ZZ')).toBeUndefined();
  });
});
