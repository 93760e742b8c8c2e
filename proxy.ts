import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

// A first gate only: it sends visitors without a session to the sign-in page. Every page and
// server action checks the account again on the server. The read API (/api/v1) is never
// redirected: its callers are programs holding a token, and each route authenticates the token
// or the session itself, answering 401 as a problem document.
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/v1/')) return NextResponse.next();
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const signIn = new URL('/login', request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== '/') signIn.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/((?!login|api/auth|_next/static|_next/image|favicon.ico|robots.txt|icon.svg).*)'],
};
