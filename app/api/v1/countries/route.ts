import { apiHandlers } from '@/lib/api/handlers';
import { apiGet } from '@/lib/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiGet(apiHandlers.listCountries);
