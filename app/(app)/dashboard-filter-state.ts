import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db';
import { countLeftOutByPeriod } from '@/db/queries/dashboard';
import { knownChoices, listFilterOptions } from '@/db/queries/filter-options';
import type { Viewer } from '@/db/viewer';
import { keepKnownChoices, parseDashboardFilters } from '@/lib/dashboard-filters';
import { filterChoices } from './filter-choices';

/**
 * The dashboard filters of a page's URL as the viewer may apply them (the dashboard's and the
 * map's): the form's choices, the filters kept, those ignored, and what a period leaves out.
 */
export async function readDashboardFilters(viewer: Viewer, params: Record<string, string | string[] | undefined>) {
  const [tc, locale] = await Promise.all([getTranslations('charts'), getLocale()]);
  const options = listFilterOptions(db, { viewer });
  const choices = filterChoices(options, locale, (s) => tc(`subregions.${s}`));
  const { filters, ignored } = keepKnownChoices(parseDashboardFilters(params), knownChoices(options));
  const leftOut = countLeftOutByPeriod(db, { viewer, filters });
  return { choices, filters, ignored, leftOut };
}
