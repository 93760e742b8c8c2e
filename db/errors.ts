/** Why the data layer refused a change; actions turn the code into a message for the user. */
export type RefusalCode = 'forbidden' | 'not_found' | 'conflict' | 'last_admin' | 'duplicate' | 'invalid';

export class Refusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly field?: string,
  ) {
    super(code);
    this.name = 'Refusal';
  }
}

export const isRefusal = (error: unknown): error is Refusal => error instanceof Refusal;
