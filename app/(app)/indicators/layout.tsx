import { ClientMessages } from '@/components/i18n/client-messages';

export default function IndicatorsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['records', 'forms']}>{children}</ClientMessages>;
}
