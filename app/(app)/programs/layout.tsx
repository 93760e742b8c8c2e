import { ClientMessages } from '@/components/i18n/client-messages';

export default function ProgramsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['dataTable', 'common', 'records', 'forms', 'charts']}>{children}</ClientMessages>;
}
