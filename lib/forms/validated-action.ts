import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { getAccount } from '@/auth';
import { isRefusal } from '@/db/errors';
import type { Account } from '@/db/queries/users';
import type { Role } from '@/db/schema';
import type { FormState } from './form-state';
import { fieldErrorsOf } from './validation-messages';

/** FormData as strings; a key sent more than once (checkboxes, list rows) becomes a list. Files are ignored. */
function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of formData) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue;
    const seen = values[key];
    values[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return values;
}

/** What the form shows again after a refusal: single values, and lists apart. */
function echoed(values: Record<string, string | string[]>): Pick<FormState, 'values' | 'lists'> {
  const single: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value)) lists[key] = value;
    else single[key] = value;
  }
  return { values: single, lists };
}

/**
 * Wraps a form's server action: it checks the session and the role again (the proxy is only a
 * first gate), parses the input with zod, and turns refusals of the data layer into messages.
 * Whatever the input, the answer is a FormState, never a server error.
 */
export function validatedAction<S extends z.ZodType>(
  config: {
    schema: S;
    roles: readonly Role[];
    /** Turns the stored record of a conflict into the form's values, to show what changed. */
    currentValues?: (record: never) => Record<string, string>;
  },
  handler: (input: z.output<S>, account: Account) => Promise<FormState>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const t = await getTranslations('forms');
    const account = await getAccount();
    if (!account || !config.roles.includes(account.role)) return { status: 'error', message: t('forbidden') };
    // Anyone can post anything to an action's id: arguments that are not a form are refused.
    if (!(formData instanceof FormData)) return { status: 'error', message: t('invalid') };
    const values = formValues(formData);

    const parsed = config.schema.safeParse(values);
    if (!parsed.success) {
      const validation = await getTranslations('forms.validation');
      return { status: 'error', message: t('invalid'), fieldErrors: fieldErrorsOf(parsed.error, validation), ...echoed(values) };
    }
    try {
      return await handler(parsed.data, account);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const message = t(`refusal.${error.code}`);
      return {
        status: 'error',
        message,
        refusal: error.code,
        fieldErrors: error.field ? { [error.field]: message } : undefined,
        ...(error.current && config.currentValues
          ? { current: config.currentValues(error.current as never), currentVersion: Number(error.current.version) }
          : {}),
        ...echoed(values),
      };
    }
  };
}
