import { describe, expect, it } from 'vitest';
import { isAcceptableCallbackUrl } from './callback-url';

describe('isAcceptableCallbackUrl', () => {
  it.each(['/', '/activities?sort=name', 'http://127.0.0.1:3000/', 'https://dps.example.org/map'])('accepts %s', (value) => {
    expect(isAcceptableCallbackUrl(value, 'http://127.0.0.1:3000')).toBe(true);
  });

  it.each(['7599', '', "http://127.0.0.1:3000'(((....)\"", 'javascript:alert(1)', 'data:text/html,x', '%E0%A4%A', 'ftp://x'])('refuses %j', (value) => {
    expect(isAcceptableCallbackUrl(value, 'http://127.0.0.1:3000')).toBe(false);
  });
});
