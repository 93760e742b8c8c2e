import { measureExport } from '@/bench/csv-export';
import { signIn, startServer } from '@/bench/server';
(async () => {
  const heap = process.env.HEAP;
  const server = await startServer('/tmp/dps-bench.db', heap ? { NODE_OPTIONS: `--max-old-space-size=${heap}` } : {});
  try {
    const cookie = await signIn(server.base, 'admin@demo.dps-results.org');
    for (const path of process.argv.slice(2)) {
      const f = await measureExport(server, path, cookie);
      console.log(path, JSON.stringify(f));
    }
  } finally { server.stop(); }
})();
