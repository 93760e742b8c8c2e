/** What a form's server action answers: shared by the action (server) and the form (client). */
export interface FormState {
  status: 'idle' | 'error' | 'success';
  message?: string;
  /** Why the data layer refused, e.g. 'conflict' when the record changed meanwhile. */
  refusal?: string;
  /** One message per field name, shown beside that field. */
  fieldErrors?: Record<string, string>;
  /** The values the user typed, so a refused form keeps them. */
  values?: Record<string, string>;
  /** Fields the form sent more than once (checkbox groups, list rows), as typed. */
  lists?: Record<string, string[]>;
  /** For a conflict: the record as it is now, as form values. */
  current?: Record<string, string>;
  /** For a conflict: the version to save over, should the editor keep their values. */
  currentVersion?: number;
  /** Data for a successful answer, e.g. a one-time password shown once. */
  result?: Record<string, string>;
}

export const idleFormState: FormState = { status: 'idle' };
