import { ClientMessages } from '@/components/i18n/client-messages';

export default function ImportLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['import']}>{children}</ClientMessages>;
}
