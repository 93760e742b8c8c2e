import 'server-only';
import { openDatabase, type Db } from './client';

// One handle per server process; kept on globalThis so dev-mode reloads do not open more.
const globalForDb = globalThis as unknown as { dpsDb?: Db };

export const db: Db = globalForDb.dpsDb ?? openDatabase();
if (process.env.NODE_ENV !== 'production') globalForDb.dpsDb = db;
