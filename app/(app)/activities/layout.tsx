import { ClientMessages } from '@/components/i18n/client-messages';

export default function ActivitiesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['tables', 'dataTable', 'common', 'iatiDownload', 'records', 'forms']}>{children}</ClientMessages>;
}
