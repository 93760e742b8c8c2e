import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

// A first gate only (api/import is left out: a proxy would buffer a 20 MB upload; the route checks the session itself): it sends visitors without a session to the sign-in page. Every page and
// server action checks the account again on the server.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request });
  if (token) return NextResponse.next();
  const signIn = new URL('/login', request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== '/') signIn.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ['/((?!login|api/auth|api/import|_next/static|_next/image|favicon.ico|robots.txt|icon.svg).*)'],
};
