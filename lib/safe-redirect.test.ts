import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './safe-redirect';

describe('safeCallbackPath', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeCallbackPath('/activities?status=ongoing')).toBe('/activities?status=ongoing');
  });

  it.each([undefined, ['/a', '/b'], 'https://evil.example.org', '//evil.example.org', '/\\evil.example.org', 'javascript:alert(1)', '/login', '/api/auth/signout', `/${'a'.repeat(3000)}`])(
    'sends %j to the dashboard',
    (value) => {
      expect(safeCallbackPath(value)).toBe('/');
    },
  );
});
