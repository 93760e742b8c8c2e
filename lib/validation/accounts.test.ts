import { describe, expect, it } from 'vitest';
import { accountAccessSchema, accountActiveSchema, inviteAccountSchema } from './accounts';

describe('inviteAccountSchema', () => {
  it('normalises the email and reads an empty donor as none', () => {
    expect(inviteAccountSchema.parse({ email: ' Ana@OAS.org ', name: ' Ana ', role: 'viewer', donorId: '' })).toEqual({
      email: 'ana@oas.org',
      name: 'Ana',
      role: 'viewer',
      donorId: null,
    });
  });

  it.each([
    [{ email: '', name: 'A', role: 'viewer', donorId: '' }, 'email'],
    [{ email: '<script>@x', name: 'A', role: 'viewer', donorId: '' }, 'email'],
    [{ email: 'a@oas.org', name: '', role: 'viewer', donorId: '' }, 'name'],
    [{ email: 'a@oas.org', name: 'x'.repeat(201), role: 'viewer', donorId: '' }, 'name'],
    [{ email: 'a@oas.org', name: 'A', role: 'root', donorId: '' }, 'role'],
    [{ email: 'a@oas.org', name: 'A', role: 'donor', donorId: '' }, 'donorId'],
    [{ email: 'a@oas.org', name: 'A', role: 'viewer', donorId: '3' }, 'donorId'],
    [{ email: 'a@oas.org', name: 'A', role: 'donor', donorId: '-1' }, 'donorId'],
    [{ email: 'a@oas.org', name: 'A', role: 'donor', donorId: "1' OR 1=1" }, 'donorId'],
  ])('refuses %o at %s', (input, field) => {
    const result = inviteAccountSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe('account change schemas', () => {
  it('need a real id and version', () => {
    expect(accountAccessSchema.safeParse({ id: '0', version: '1', role: 'viewer', donorId: '' }).success).toBe(false);
    expect(accountAccessSchema.safeParse({ id: '1e400', version: '1', role: 'viewer', donorId: '' }).success).toBe(false);
    expect(accountAccessSchema.parse({ id: '7', version: '2', role: 'donor', donorId: '4' })).toEqual({ id: 7, version: 2, role: 'donor', donorId: 4 });
  });

  it('read the active flag only from "true" or "false"', () => {
    expect(accountActiveSchema.parse({ id: '1', version: '1', isActive: 'false' }).isActive).toBe(false);
    expect(accountActiveSchema.safeParse({ id: '1', version: '1', isActive: 'yes' }).success).toBe(false);
  });
});
