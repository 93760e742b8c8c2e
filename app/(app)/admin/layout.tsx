import { ClientMessages } from '@/components/i18n/client-messages';

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['admin', 'forms', 'roles']}>{children}</ClientMessages>;
}
