import { ClientMessages } from '@/components/i18n/client-messages';

export default function MapLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['filters']}>{children}</ClientMessages>;
}
