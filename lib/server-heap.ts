import packageJson from '../package.json';

// The production server's heap limit: `npm run serve` gives Node package.json's
// config.serverHeapMb. Without a limit V8 lets garbage pile up to ~1.5 GB before it collects;
// with it, the server stays small, and every request is written to fit in it (exports and PDFs
// stream). The benchmarks and the e2e tests run the server with the same option.
export const SERVER_HEAP_OPTION = `--max-old-space-size=${packageJson.config.serverHeapMb}`;
