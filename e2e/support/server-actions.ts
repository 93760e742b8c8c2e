import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

const ROOT = path.join(__dirname, '..', '..');
const SOURCE_DIRS = ['app', 'components', 'lib', 'i18n'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every server action in the source, as "<file>#<export>": the exports of each 'use server' module. */
export function serverActionsInSource(): string[] {
  return SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
    .filter((file) => /^\s*['"]use server['"]/.test(fs.readFileSync(file, 'utf8')))
    .flatMap((file) => {
      const relative = path.relative(ROOT, file);
      const names = [...fs.readFileSync(file, 'utf8').matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1]);
      return names.map((name) => `${relative}#${name}`);
    })
    .sort();
}

export interface BuiltAction {
  id: string;
  /** The pages whose requests may carry the action, e.g. "app/(app)/activities/new/page". */
  pages: string[];
}

/** The production build's id for each server action, from its manifest. */
export function builtActions(): Map<string, BuiltAction> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, '.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, { id, pages: Object.keys(entry.workers) }]),
  );
}

/** The URL pattern of a built page entry: "app/(app)/activities/new/page" → "/activities/new". */
export const patternOfPageEntry = (entry: string) =>
  '/' + entry.replace(/^app\//, '').replace(/\/?page$/, '').split('/').filter((s) => s && !/^\(.*\)$/.test(s)).join('/');

/**
 * Calls a server action the way React does for a form with useActionState: the arguments
 * [previous state, form data], encoded as multipart with the form's fields prefixed "_1_" and the
 * arguments ("0") last, as the browser sends them. React reads the form named "$K1" when it meets
 * "0": sent first (as a plain object puts it, "0" being an integer key) the action got an empty
 * form, and every field a test sent was never looked at.
 */
export function postAction(request: APIRequestContext, url: string, actionId: string, fields: Record<string, string> = {}) {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  return request.post(url, { headers: { 'next-action': actionId, accept: 'text/x-component' }, multipart, maxRedirects: 0 });
}
