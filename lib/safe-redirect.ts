/** A same-site path to return to after sign-in; anything else (other hosts, odd schemes) becomes '/'. */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/login') || value.startsWith('/api/')) return '/';
  return value.length > 2000 ? '/' : value;
}
