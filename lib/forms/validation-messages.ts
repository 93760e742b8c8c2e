import type { z } from 'zod';

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/**
 * One readable message per zod issue, from the `forms.validation` messages, so that schemas carry
 * rules and no text and every form says the same thing the same way in both languages.
 */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  // A schema may name its own message (e.g. 'partialDate'); zod's English defaults never match a key.
  if (/^[a-z][A-Za-z]*$/.test(issue.message) && t.has(issue.message)) return t(issue.message);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('required') : t('tooShort', { min: Number(issue.minimum) });
      return t('tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string' ? t('tooLong', { max: Number(issue.maximum) }) : t('tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('email') : issue.format === 'url' ? t('url') : t('format');
    case 'invalid_value':
      return t('choice');
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? t('number') : t('required');
    default:
      return t('format');
  }
}

/** The first message for each field of a failed parse. */
export function fieldErrorsOf(error: z.ZodError, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issueMessage(issue, t);
  }
  return errors;
}
