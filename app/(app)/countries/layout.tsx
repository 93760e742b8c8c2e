import { ClientMessages } from '@/components/i18n/client-messages';

export default function CountriesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['charts']}>{children}</ClientMessages>;
}
