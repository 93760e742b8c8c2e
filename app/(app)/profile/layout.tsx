import { ClientMessages } from '@/components/i18n/client-messages';

export default function ProfileLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['profile', 'forms']}>{children}</ClientMessages>;
}
