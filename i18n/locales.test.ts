import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './locales';

describe('localeFromAcceptLanguage', () => {
  it('takes the most preferred supported language', () => {
    expect(localeFromAcceptLanguage('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(localeFromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.5,es;q=0.7')).toBe('es');
    expect(localeFromAcceptLanguage('en-US')).toBe('en');
  });

  it('gives nothing when no supported language is wanted', () => {
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
    expect(localeFromAcceptLanguage('fr,de;q=0.5')).toBeUndefined();
    expect(localeFromAcceptLanguage('es;q=0')).toBeUndefined();
    expect(localeFromAcceptLanguage('<script>')).toBeUndefined();
  });
});
