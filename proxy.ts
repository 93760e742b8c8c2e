import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { callbackUrlCookieNames, isAcceptableCallbackUrl } from '@/lib/callback-url';
import { contentSecurityPolicy, createNonce } from '@/lib/content-security-policy';

/** Pages anyone may open: the sign-in page and next-auth's own endpoints. */
const isPublic = (pathname: string) => pathname === '/login' || pathname.startsWith('/api/auth/');

// Over https next-auth marks its cookie Secure and names it __Secure-…: the scheme is that of
// NEXTAUTH_URL when set, else (AUTH_TRUST_HOST) that of the request as the proxy forwards it.
function isSecureCookie(request: NextRequest): boolean {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.startsWith('https://');
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return (forwarded ?? request.nextUrl.protocol.replace(':', '')) === 'https';
}

// A first gate only: it sends visitors without a session to the sign-in page. Every page and
// server action checks the account again on the server. It also gives each response the
// nonce its scripts need under the Content-Security-Policy. Left out: the upload route
// (api/import), since a proxy would buffer a 20 MB upload, and the read API (api/v1), whose
// callers are programs holding a token; each route checks the token or the session itself.
export async function proxy(request: NextRequest) {
  const { pathname, search, origin } = request.nextUrl;
  const callbackUrl = request.nextUrl.searchParams.get('callbackUrl');
  if (pathname.startsWith('/api/auth/') && callbackUrl !== null && !isAcceptableCallbackUrl(callbackUrl, origin)) {
    return NextResponse.json({ error: 'The callbackUrl parameter is not a URL of this site.' }, { status: 400 });
  }
  // A forged callback-url cookie would make next-auth fail every request: forget it.
  const forged = callbackUrlCookieNames.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && !isAcceptableCallbackUrl(value, origin);
  });
  forged.forEach((name) => request.cookies.delete(name));

  if (!isPublic(pathname) && !(await getToken({ req: request, secureCookie: isSecureCookie(request) }))) {
    const signIn = new URL('/login', request.url);
    if (pathname !== '/') signIn.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(signIn);
  }

  const policy = contentSecurityPolicy(createNonce(), { isDevelopment: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  forged.forEach((name) => response.cookies.delete(name));
  return response;
}

export const config = {
  matcher: ['/((?!api/import|api/v1/|_next/static|_next/image|favicon.ico|robots.txt|icon.svg).*)'],
};
