import { eq } from 'drizzle-orm';
import type { Writer } from '../audit';
import type { DacSectorCode } from '../reference-data/dac-sectors';
import type { Db } from '../client';
import { Refusal } from '../errors';
import { orgUnits, programs, type Pillar } from '../schema';
import type { Viewer } from '../viewer';
import { assertEditor, assertUnique, insertRecord, loadForChange, saveChange } from './editable';

export interface ProgramValues {
  unitId: number;
  name: string;
  pillar: Pillar | null;
  dacSector: DacSectorCode | null;
  summary: string | null;
  objectives: string | null;
  url: string | null;
}

function assertValid(tx: Writer, values: ProgramValues, exceptId?: number): void {
  if (!tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, values.unitId)).get()) throw new Refusal('invalid', 'unitId');
  assertUnique(tx, { table: programs, column: programs.name, value: values.name, exceptId, field: 'name' });
}

export function createProgram(db: Db, params: { actor: Viewer; values: ProgramValues }): number {
  assertEditor(params.actor);
  return db.transaction((tx) => {
    assertValid(tx, params.values);
    return insertRecord(tx, { table: programs, actor: params.actor, values: { ...params.values } });
  });
}

export function updateProgram(db: Db, params: { actor: Viewer; id: number; version: number; values: ProgramValues }): void {
  assertEditor(params.actor);
  db.transaction((tx) => {
    const current = loadForChange(tx, programs, params.id, params.version);
    assertValid(tx, params.values, params.id);
    saveChange(tx, { table: programs, actor: params.actor, current, values: { ...params.values } });
  });
}
