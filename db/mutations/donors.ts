import type { Db } from '../client';
import { donors, type DonorKind } from '../schema';
import type { Viewer } from '../viewer';
import { assertEditor, assertUnique, insertRecord, loadForChange, saveChange } from './editable';

export interface DonorValues {
  name: string;
  nameEs: string | null;
  kind: DonorKind;
  countryCode: string | null;
}

export function createDonor(db: Db, params: { actor: Viewer; values: DonorValues }): number {
  assertEditor(params.actor);
  return db.transaction((tx) => {
    assertUnique(tx, { table: donors, column: donors.name, value: params.values.name, field: 'name' });
    return insertRecord(tx, { table: donors, actor: params.actor, values: { ...params.values } });
  });
}

export function updateDonor(db: Db, params: { actor: Viewer; id: number; version: number; values: DonorValues }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    const current = loadForChange(tx, donors, params.id, params.version);
    assertUnique(tx, { table: donors, column: donors.name, value: params.values.name, exceptId: params.id, field: 'name' });
    saveChange(tx, { table: donors, actor: params.actor, current, values: { ...params.values } });
  });
}
