import 'server-only';
import { openDatabase, type Db } from './client';

// One handle per server process, opened on first use: importing this module (as `next build`
// does when it collects routes) touches no file. Kept on globalThis so dev reloads reuse it.
const globalForDb = globalThis as unknown as { dpsDb?: Db };

function handle(): Db {
  return (globalForDb.dpsDb ??= openDatabase());
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = handle();
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});
