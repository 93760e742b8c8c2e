import { ClientMessages } from '@/components/i18n/client-messages';

export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['signIn']}>{children}</ClientMessages>;
}
