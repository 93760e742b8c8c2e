/** Why the data layer refused a change; actions turn the code into a message for the user. */
export type RefusalCode = 'forbidden' | 'not_found' | 'conflict' | 'last_admin' | 'duplicate' | 'invalid' | 'outside_period';

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly field?: string,
    /** For a conflict: the record as it is now, so the user sees what changed meanwhile. */
    readonly current?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'Refusal';
  }
}

export const isRefusal = (error: unknown): error is Refusal => error instanceof Refusal;
