import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './locales';
import { loadMessages, messageFeatures } from './messages';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogues', () => {
  it('load every feature file there is', () => {
    for (const locale of locales) {
      const files = fs.readdirSync(path.join(__dirname, '..', 'messages', locale)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...messageFeatures].sort());
    }
  });

  it('are complete in English and Spanish alike, with no empty string', async () => {
    const [en, es] = await Promise.all([loadMessages('en'), loadMessages('es')]);
    expect(leafKeys(es).sort()).toEqual(leafKeys(en).sort());
    for (const catalogue of [en, es]) {
      for (const key of leafKeys(catalogue)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
      }
    }
  });

  it('are merged once per locale and shared read-only, since every request reads the same', async () => {
    const [first, second, spanish] = await Promise.all([loadMessages('en'), loadMessages('en'), loadMessages('es')]);
    expect(second).toBe(first);
    expect(spanish).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});
