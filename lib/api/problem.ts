// Errors of the read API as RFC 9457 problem documents (application/problem+json). The `type`
// of each is a link to its explanation on the API reference page.

export interface ParameterProblem {
  /** The query or path parameter at fault, as the caller wrote it. */
  parameter: string;
  detail: string;
}

export const problemTypes = {
  'invalid-parameters': { status: 400, title: 'Invalid parameters' },
  unauthorized: { status: 401, title: 'Authentication required' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'server-error': { status: 500, title: 'Internal server error' },
} as const;

export type ProblemType = keyof typeof problemTypes;

export const problemTypeUri = (type: ProblemType) => `/api-reference#problem-${type}`;

export function problemResponse(type: ProblemType, detail: string, options: { errors?: ParameterProblem[]; headers?: Record<string, string> } = {}): Response {
  const { status, title } = problemTypes[type];
  const body = { type: problemTypeUri(type), title, status, detail, ...(options.errors ? { errors: options.errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...options.headers },
  });
}

/** Thrown while reading a request's parameters; the route answers 400 naming each one. */
export class InvalidParameters extends Error {
  constructor(readonly errors: ParameterProblem[]) {
    super(errors.map((e) => e.parameter).join(', '));
    this.name = 'InvalidParameters';
  }
}

/** Thrown when a record does not exist or is not the caller's to see: the same 404 for both. */
export class NotFound extends Error {
  constructor() {
    super('not found');
    this.name = 'NotFound';
  }
}
