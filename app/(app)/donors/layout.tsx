import { ClientMessages } from '@/components/i18n/client-messages';

export default function DonorsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['tables', 'dataTable', 'common', 'records', 'forms', 'charts']}>{children}</ClientMessages>;
}
