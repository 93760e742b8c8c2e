/** The names next-auth gives the cookie that remembers where to go after signing in. */
export const callbackUrlCookieNames = ['next-auth.callback-url', '__Secure-next-auth.callback-url'];

/**
 * Whether next-auth will accept a callback URL: a path on this site or an http(s) URL. Anything
 * else (a forged cookie or parameter) makes next-auth answer every request with a 500, so the
 * proxy drops it first.
 */
export function isAcceptableCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}
