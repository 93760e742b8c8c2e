import { getLocale, getTranslations } from 'next-intl/server';
import type { CountryFigures } from '@/db/queries/map-figures';
import { localizedName } from '@/lib/localized-name';
import type { MapClass } from '@/lib/map/classes';
import { mapGeometry } from '@/lib/map/geometry';
import { shapeHref } from '@/lib/map/sprite';
import { measureClasses, type MapMeasure } from '@/lib/map/measures';
import { classFills, fillOf, shadeOf, type Shade } from '@/lib/map/shading';
import { CountryMark, HatchPattern, InsetLabel, MapSvg } from './map-drawing';
import { MapLegend } from './map-legend';
import { MapTable } from './map-table';
import { MapTooltips, type CountryTip } from './map-tooltips';

interface ShadedCountry {
  code: string;
  name: string;
  shade: Shade;
  fill: string;
  tip: CountryTip;
}

const HEMISPHERE_HATCH = 'map-none-hemisphere';
const INSET_HATCH = 'map-none-inset';

/**
 * The map of the 35 member states, shaded by a measure: the hemisphere, the Eastern Caribbean
 * enlarged beside it, the legend and the same figures as a table. Drawn on the server; only the
 * tooltip is a client leaf.
 */
export async function AmericasMap({ figures, measure, variant }: { figures: CountryFigures[]; measure: MapMeasure; variant: 'full' | 'compact' }) {
  const [t, locale] = await Promise.all([getTranslations('map'), getLocale()]);
  const geometry = mapGeometry();
  const classes = measureClasses(figures, measure);
  const fills = classFills(classes.length);
  const measureName = t(`measures.${measure}`);

  const shaded = new Map<string, Omit<ShadedCountry, 'fill'>>(
    figures.map((country) => {
      const { share, base } = country.womenShare;
      const tip: CountryTip = {
        name: localizedName(locale, { en: country.nameEn, es: country.nameEs }),
        lines: [
          t('tipTrained', { total: country.total, women: country.women, men: country.men, notDisaggregated: country.notDisaggregated }),
          share === null ? t('tipShareNone') : t('tipShare', { share, base }),
          t('tipActivities', { count: country.activities }),
        ],
      };
      return [country.code, { code: country.code, name: tip.name, tip, shade: shadeOf(country, measure, classes) }];
    }),
  );
  const withFill = (code: string, patternId: string): ShadedCountry => {
    const country = shaded.get(code)!;
    return { ...country, fill: fillOf(country.shade, fills, patternId) };
  };
  const tips = Object.fromEntries([...shaded.values()].map((country) => [country.code, country.tip]));
  const insetCodes = new Set<string>(geometry.easternCaribbean.codes);
  const ariaLabel = (country: ShadedCountry) => `${country.name}. ${country.tip.lines.join('. ')}`;

  const hemisphere = geometry.hemisphere;
  const inset = geometry.easternCaribbean;
  const isFull = variant === 'full';

  return (
    <div className="space-y-4" data-testid="americas-map" data-measure={measure}>
      <MapTooltips
        tips={tips}
        className={`grid justify-center gap-6 ${isFull ? 'lg:grid-cols-[auto_20rem]' : 'md:grid-cols-[auto_18rem]'}`}
      >
        {/* On a wide screen the hemisphere is as tall as the window allows, with the inset beside it. */}
        <MapSvg
          layer="hemisphere"
          label={t('mapLabel', { measure: measureName })}
          className={isFull ? 'h-auto w-full lg:h-[80vh] lg:w-auto' : 'h-auto w-full md:h-[36rem] md:w-auto'}
        >
          <HatchPattern id={HEMISPHERE_HATCH} />
          {hemisphere.countries.map((shape) => {
            const country = withFill(shape.code, HEMISPHERE_HATCH);
            // The Eastern Caribbean states are reached in the inset; here they stay clickable but out of the tab order.
            const isInInset = insetCodes.has(shape.code);
            return (
              <CountryLink key={shape.code} country={country} label={ariaLabel(country)} isInInset={isInInset}>
                <use href={shapeHref('hemisphere', shape.code)} fill={country.fill} />
                {shape.isSmall && !isInInset ? <CountryMark shape={shape} fill={country.fill} radius={6} /> : null}
              </CountryLink>
            );
          })}
          <path d={geometry.insetOutline} fill="none" stroke="#334155" strokeWidth={1} strokeDasharray="3 2" />
        </MapSvg>
        <figure className="mx-auto w-full max-w-xs">
          <figcaption className="mb-1 text-sm font-semibold text-slate-800">{t('insetTitle')}</figcaption>
          <MapSvg layer="eastern-caribbean" label={t('insetLabel', { measure: measureName })} testId="map-inset">
            <HatchPattern id={INSET_HATCH} />
            {inset.countries.map((shape) => {
              const country = withFill(shape.code, INSET_HATCH);
              if (!insetCodes.has(shape.code)) return <use key={shape.code} href={shapeHref('eastern-caribbean', shape.code)} fill={country.fill} stroke="#64748b" strokeWidth={0.5} />;
              return (
                <CountryLink key={shape.code} country={country} label={ariaLabel(country)}>
                  <use href={shapeHref('eastern-caribbean', shape.code)} fill={country.fill} />
                  <CountryMark shape={shape} fill={country.fill} radius={9} />
                  <InsetLabel shape={shape} name={country.name} />
                </CountryLink>
              );
            })}
          </MapSvg>
        </figure>
      </MapTooltips>
      <MapLegend
        title={t('legendTitle', { measure: measureName })}
        level={isFull ? 2 : 3}
        entries={legendEntries(classes, fills, measure, t)}
        noActivities={t('noActivities')}
        noFigure={t(`noFigure.${measure}`)}
      />
      <MapTable figures={figures} />
    </div>
  );
}

function legendEntries(
  classes: readonly MapClass[],
  fills: readonly string[],
  measure: MapMeasure,
  t: Awaited<ReturnType<typeof getTranslations<'map'>>>,
) {
  return classes.map((range, i) => ({
    fill: fills[i]!,
    label:
      measure === 'women'
        ? t('shareRange', { min: range.min, max: range.max })
        : range.min === range.max
          ? t('classSingle', { value: range.min })
          : t('classRange', { min: range.min, max: range.max }),
  }));
}

function CountryLink({ country, label, isInInset = false, children }: { country: ShadedCountry; label: string; isInInset?: boolean; children: React.ReactNode }) {
  return (
    <a
      href={`/countries/${country.code}`}
      data-country={country.code}
      data-shade={country.shade.kind === 'class' ? `class-${country.shade.index}` : country.shade.kind}
      aria-label={isInInset ? undefined : label}
      aria-hidden={isInInset ? true : undefined}
      tabIndex={isInInset ? -1 : undefined}
      className="map-country"
    >
      {children}
    </a>
  );
}
