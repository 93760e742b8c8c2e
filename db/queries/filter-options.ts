import { asc } from 'drizzle-orm';
import type { KnownChoices } from '@/lib/dashboard-filters';
import type { Db } from '../client';
import { fundsSomeActivity, isPortfolio, runsSomeActivity } from '../filter-conditions';
import { donors, memberStates, orgUnits, programs } from '../schema';
import { activityScope } from '../scope';
import type { Viewer } from '../viewer';

/**
 * The choices of the dashboard's filters. Programs and donors are those of the activities the
 * viewer may see, so a donor is offered nothing outside its portfolio; units and member states
 * are reference data.
 */
export function listFilterOptions(db: Db, params: { viewer: Viewer }) {
  const scope = activityScope(params.viewer);
  const portfolio = isPortfolio(params.viewer);

  return {
    programs: db
      .select({ id: programs.id, name: programs.name })
      .from(programs)
      .where(runsSomeActivity(scope, portfolio))
      .orderBy(asc(programs.name))
      .all(),
    units: db.select({ code: orgUnits.code, nameEn: orgUnits.nameEn, nameEs: orgUnits.nameEs }).from(orgUnits).orderBy(asc(orgUnits.code)).all(),
    countries: db
      .select({ code: memberStates.code, nameEn: memberStates.nameEn, nameEs: memberStates.nameEs })
      .from(memberStates)
      .orderBy(asc(memberStates.nameEn))
      .all(),
    donors: db
      .select({ id: donors.id, name: donors.name, nameEs: donors.nameEs })
      .from(donors)
      .where(fundsSomeActivity(scope, portfolio))
      .orderBy(asc(donors.name))
      .all(),
  };
}

export type FilterOptions = ReturnType<typeof listFilterOptions>;

/** What the viewer can choose, to drop (screens) or refuse (API) a filter on anything else. */
export function knownChoices(options: FilterOptions): KnownChoices {
  return {
    program: new Set(options.programs.map((p) => String(p.id))),
    unit: new Set(options.units.map((u) => u.code)),
    country: new Set(options.countries.map((c) => c.code)),
    donor: new Set(options.donors.map((d) => String(d.id))),
  };
}
