import 'server-only';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { db } from '@/db';
import { getActiveAccount, type Account } from '@/db/queries/users';
import type { Viewer } from '@/db/viewer';
import { authenticate, SignInLocked } from '@/lib/sign-in';
import { sessionMaxAgeSeconds } from '@/lib/session-settings';

/**
 * The client's address: the last one in X-Forwarded-For, which the proxy in front of the server
 * appended (or Next.js set from the socket); earlier entries are whatever the client claimed.
 */
function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const forwarded = headers?.['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.at(-1) : forwarded)?.split(',').at(-1)?.trim();
  return last || null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds() },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        try {
          const user = await authenticate(db, credentials, { address: clientAddress(request?.headers) });
          return user && { ...user, id: String(user.id) };
        } catch (error) {
          // next-auth hands the message to the sign-in form as its error code.
          if (error instanceof SignInLocked) throw new Error('locked');
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.donorId = user.donorId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? '',
        email: token.email ?? '',
        role: token.role,
        donorId: token.donorId,
      };
      return session;
    },
  },
};

/**
 * The session, or null when the request's cookies are not one next-auth can read (a forged
 * callback-url cookie makes it throw): a visitor with broken cookies is simply not signed in.
 */
async function readSession() {
  try {
    return await getServerSession(authOptions);
  } catch (error) {
    console.warn(`Session not readable: ${(error as Error).message}`);
    return null;
  }
}

/**
 * The signed-in account for this request, read again from the database so that a deactivated
 * account or a changed role takes effect at once; null when nobody is signed in.
 */
export const getAccount = cache(async (): Promise<Account | null> => {
  const session = await readSession();
  if (!session?.user?.id) return null;
  return getActiveAccount(db, session.user.id) ?? null;
});

/** The signed-in account, or a redirect to the sign-in page. Every page calls it. */
export async function requireAccount(): Promise<Account> {
  const account = await getAccount();
  if (!account) redirect('/login');
  return account;
}

/** For pages only some roles may see: anyone else gets a 404, as if the page did not exist. */
export async function requirePermission(isAllowed: (viewer: Viewer) => boolean): Promise<Account> {
  await connection();
  const account = await requireAccount();
  if (!isAllowed(account)) notFound();
  return account;
}
