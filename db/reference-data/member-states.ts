import type { Subregion } from '../schema';

export interface MemberStateRecord {
  code: string;
  iso3: string;
  nameEn: string;
  nameEs: string;
  subregion: Subregion;
}

/** The 35 member states of the Organization of American States. */
export const memberStateRecords: MemberStateRecord[] = [
  { code: 'AG', iso3: 'ATG', nameEn: 'Antigua and Barbuda', nameEs: 'Antigua y Barbuda', subregion: 'caribbean' },
  { code: 'AR', iso3: 'ARG', nameEn: 'Argentina', nameEs: 'Argentina', subregion: 'south_america' },
  { code: 'BS', iso3: 'BHS', nameEn: 'The Bahamas', nameEs: 'Bahamas', subregion: 'caribbean' },
  { code: 'BB', iso3: 'BRB', nameEn: 'Barbados', nameEs: 'Barbados', subregion: 'caribbean' },
  { code: 'BZ', iso3: 'BLZ', nameEn: 'Belize', nameEs: 'Belice', subregion: 'central_america' },
  { code: 'BO', iso3: 'BOL', nameEn: 'Bolivia', nameEs: 'Bolivia', subregion: 'south_america' },
  { code: 'BR', iso3: 'BRA', nameEn: 'Brazil', nameEs: 'Brasil', subregion: 'south_america' },
  { code: 'CA', iso3: 'CAN', nameEn: 'Canada', nameEs: 'Canadá', subregion: 'north_america' },
  { code: 'CL', iso3: 'CHL', nameEn: 'Chile', nameEs: 'Chile', subregion: 'south_america' },
  { code: 'CO', iso3: 'COL', nameEn: 'Colombia', nameEs: 'Colombia', subregion: 'south_america' },
  { code: 'CR', iso3: 'CRI', nameEn: 'Costa Rica', nameEs: 'Costa Rica', subregion: 'central_america' },
  { code: 'CU', iso3: 'CUB', nameEn: 'Cuba', nameEs: 'Cuba', subregion: 'caribbean' },
  { code: 'DM', iso3: 'DMA', nameEn: 'Dominica', nameEs: 'Dominica', subregion: 'caribbean' },
  { code: 'DO', iso3: 'DOM', nameEn: 'Dominican Republic', nameEs: 'República Dominicana', subregion: 'caribbean' },
  { code: 'EC', iso3: 'ECU', nameEn: 'Ecuador', nameEs: 'Ecuador', subregion: 'south_america' },
  { code: 'SV', iso3: 'SLV', nameEn: 'El Salvador', nameEs: 'El Salvador', subregion: 'central_america' },
  { code: 'GD', iso3: 'GRD', nameEn: 'Grenada', nameEs: 'Granada', subregion: 'caribbean' },
  { code: 'GT', iso3: 'GTM', nameEn: 'Guatemala', nameEs: 'Guatemala', subregion: 'central_america' },
  { code: 'GY', iso3: 'GUY', nameEn: 'Guyana', nameEs: 'Guyana', subregion: 'south_america' },
  { code: 'HT', iso3: 'HTI', nameEn: 'Haiti', nameEs: 'Haití', subregion: 'caribbean' },
  { code: 'HN', iso3: 'HND', nameEn: 'Honduras', nameEs: 'Honduras', subregion: 'central_america' },
  { code: 'JM', iso3: 'JAM', nameEn: 'Jamaica', nameEs: 'Jamaica', subregion: 'caribbean' },
  { code: 'MX', iso3: 'MEX', nameEn: 'Mexico', nameEs: 'México', subregion: 'north_america' },
  { code: 'NI', iso3: 'NIC', nameEn: 'Nicaragua', nameEs: 'Nicaragua', subregion: 'central_america' },
  { code: 'PA', iso3: 'PAN', nameEn: 'Panama', nameEs: 'Panamá', subregion: 'central_america' },
  { code: 'PY', iso3: 'PRY', nameEn: 'Paraguay', nameEs: 'Paraguay', subregion: 'south_america' },
  { code: 'PE', iso3: 'PER', nameEn: 'Peru', nameEs: 'Perú', subregion: 'south_america' },
  { code: 'KN', iso3: 'KNA', nameEn: 'Saint Kitts and Nevis', nameEs: 'Saint Kitts y Nevis', subregion: 'caribbean' },
  { code: 'LC', iso3: 'LCA', nameEn: 'Saint Lucia', nameEs: 'Santa Lucía', subregion: 'caribbean' },
  { code: 'VC', iso3: 'VCT', nameEn: 'Saint Vincent and the Grenadines', nameEs: 'San Vicente y las Granadinas', subregion: 'caribbean' },
  { code: 'SR', iso3: 'SUR', nameEn: 'Suriname', nameEs: 'Suriname', subregion: 'south_america' },
  { code: 'TT', iso3: 'TTO', nameEn: 'Trinidad and Tobago', nameEs: 'Trinidad y Tobago', subregion: 'caribbean' },
  { code: 'US', iso3: 'USA', nameEn: 'United States', nameEs: 'Estados Unidos', subregion: 'north_america' },
  { code: 'UY', iso3: 'URY', nameEn: 'Uruguay', nameEs: 'Uruguay', subregion: 'south_america' },
  { code: 'VE', iso3: 'VEN', nameEn: 'Venezuela', nameEs: 'Venezuela', subregion: 'south_america' },
];

/**
 * ISO 3166-1 numeric code of each member state, keyed by its alpha-2 code: the ids of the
 * Natural Earth countries in the world-atlas topology the map is drawn from.
 */
export const isoNumericByCode: Readonly<Record<string, string>> = {
  AG: '028', AR: '032', BS: '044', BB: '052', BZ: '084', BO: '068', BR: '076', CA: '124', CL: '152',
  CO: '170', CR: '188', CU: '192', DM: '212', DO: '214', EC: '218', SV: '222', GD: '308', GT: '320',
  GY: '328', HT: '332', HN: '340', JM: '388', MX: '484', NI: '558', PA: '591', PY: '600', PE: '604',
  KN: '659', LC: '662', VC: '670', SR: '740', TT: '780', US: '840', UY: '858', VE: '862',
};
