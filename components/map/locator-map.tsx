import { getTranslations } from 'next-intl/server';
import { mapLayer, shapeHref } from '@/lib/map/sprite';
import { MapSvg } from './map-drawing';

const HIGHLIGHT = '#0b3a6e';
const MEMBER = '#cbd5e1';

/** The hemisphere with one member state picked out; a small island also gets a ring, to be found at all. */
export async function LocatorMap({ code, name }: { code: string; name: string }) {
  const t = await getTranslations('map');
  const locator = mapLayer('locator');
  const shape = locator.countries.find((country) => country.code === code);
  const label = t('locatorLabel', { country: name });
  return (
    <figure className="w-28 shrink-0 sm:w-36" data-testid="locator-map">
      <div role="img" aria-label={label}>
        <MapSvg layer="locator" label={label}>
          {locator.countries.map((country) => (
            <use key={country.code} href={shapeHref('locator', country.code)} fill={country.code === code ? HIGHLIGHT : MEMBER} stroke="#fff" strokeWidth={0.4} />
          ))}
          {shape?.isSmall ? (
            <circle cx={shape.centroid[0]} cy={shape.centroid[1]} r={8} fill="none" stroke={HIGHLIGHT} strokeWidth={2.5} data-testid="locator-ring" />
          ) : null}
        </MapSvg>
      </div>
      <figcaption className="sr-only">{label}</figcaption>
    </figure>
  );
}
