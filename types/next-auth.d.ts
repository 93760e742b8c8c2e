import type { Role } from '@/db/schema';

declare module 'next-auth' {
  interface User {
    id: string;
    role: Role;
    donorId: number | null;
  }
  interface Session {
    user: { id: number; name: string; email: string; role: Role; donorId: number | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    donorId: number | null;
  }
}
