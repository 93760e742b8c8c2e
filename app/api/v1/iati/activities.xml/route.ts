import { iatiActivitiesFile } from '@/lib/api/iati-handler';
import { apiGet } from '@/lib/api/route';

export const dynamic = 'force-dynamic';

export const GET = apiGet(iatiActivitiesFile);
