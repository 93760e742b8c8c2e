import { ClientMessages } from '@/components/i18n/client-messages';

export default function EventsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['tables', 'dataTable', 'common', 'records', 'forms']}>{children}</ClientMessages>;
}
