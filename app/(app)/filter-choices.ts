import type { FilterChoices } from '@/components/filters/dashboard-filter-form';
import type { FilterOptions } from '@/db/queries/filter-options';
import { filterSubregions } from '@/lib/dashboard-filters';
import { localizedName } from '@/lib/localized-name';

/** The filter form's choices, named in the reader's language. */
export function filterChoices(options: FilterOptions, locale: string, subregionName: (subregion: string) => string): FilterChoices {
  return {
    programs: options.programs.map((p) => ({ value: String(p.id), label: p.name })),
    units: options.units.map((u) => ({ value: u.code, label: `${u.code} · ${localizedName(locale, { en: u.nameEn, es: u.nameEs })}` })),
    countries: options.countries
      .map((c) => ({ value: c.code, label: localizedName(locale, { en: c.nameEn, es: c.nameEs }) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    subregions: filterSubregions.map((s) => ({ value: s, label: subregionName(s) })),
    donors: options.donors.map((d) => ({ value: String(d.id), label: localizedName(locale, { en: d.name, es: d.nameEs }) })),
  };
}
