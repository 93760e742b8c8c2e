import { connection } from 'next/server';
import { requireAccount } from '@/auth';
import { AppShell } from '@/components/shell/app-shell';

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const account = await requireAccount();
  return <AppShell account={account}>{children}</AppShell>;
}
