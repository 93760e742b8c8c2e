import packageJson from '../package.json';

// The production server's heap: `npm run serve` gives Node package.json's config.serverHeapMb
// and config.serverSemiSpaceMb. Without a limit V8 lets garbage pile up to ~1.5 GB before it
// collects; with it, the server stays small, and every request is written to fit in it (exports
// and PDFs stream). The young generation's semi-spaces are 32 MB instead of 16: a page at scale
// allocates enough that the default collected it every two or three requests, 7 ms each, with
// the page's objects still alive; at 32 MB it collects half as often. The benchmarks and the e2e
// tests run the server with the same options.
export const SERVER_HEAP_OPTIONS = `--max-old-space-size=${packageJson.config.serverHeapMb} --max-semi-space-size=${packageJson.config.serverSemiSpaceMb}`;
