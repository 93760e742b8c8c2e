import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import en from '@/messages/en/forms.json';
import { activitySchema } from '@/lib/validation/records';
import { fieldErrorsOf } from './validation-messages';

const messages: Record<string, string> = en.forms.validation;
const t = Object.assign((key: string, values?: Record<string, string | number>) => messages[key]!.replace(/\{(\w+)[^}]*\}/g, (_m, name: string) => String(values?.[name])), {
  has: (key: string) => key in messages,
});

describe('fieldErrorsOf', () => {
  it('gives one readable message per field, from the message files', () => {
    const schema = z.object({ name: z.string().trim().min(1).max(5), email: z.email(), role: z.enum(['a', 'b']), count: z.coerce.number().int().min(0) });
    const result = schema.safeParse({ name: 'far too long', email: 'nope', role: 'c', count: '-1' });
    expect(fieldErrorsOf(result.error!, t)).toEqual({
      name: 'Use at most 5 characters.',
      email: 'Enter an email address such as name@example.org.',
      role: 'Choose one of the options.',
      count: 'Enter 0 or more.',
    });
  });

  it("uses a schema's own message key", () => {
    const result = activitySchema.safeParse({ programId: '1', name: 'A', commencement: '2017-13' });
    expect(fieldErrorsOf(result.error!, t).commencement).toBe('Enter a date as 2017-04-12, 2017-04 or 2017.');
  });
});
