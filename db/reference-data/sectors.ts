import { sectors as sectorsInSources } from '../seed-data/sectors';

/** Further sectors DPS trains, offered to editors beside those the source reports name. */
const moreSectors = [
  { code: 'judiciary', nameEn: 'Judiciary', nameEs: 'Poder judicial' },
  { code: 'prosecution', nameEn: 'Prosecutors', nameEs: 'Fiscalía' },
  { code: 'customs', nameEn: 'Customs', nameEs: 'Aduanas' },
  { code: 'maritime', nameEn: 'Port and maritime authorities', nameEs: 'Autoridades portuarias y marítimas' },
  { code: 'military', nameEn: 'Armed forces', nameEs: 'Fuerzas armadas' },
  { code: 'legislature', nameEn: 'Legislature', nameEs: 'Poder legislativo' },
  { code: 'legal_aid', nameEn: 'Legal aid', nameEs: 'Asistencia jurídica' },
  { code: 'civil_society', nameEn: 'Civil society', nameEs: 'Sociedad civil' },
  { code: 'academia', nameEn: 'Academia', nameEs: 'Academia' },
  { code: 'health', nameEn: 'Health', nameEs: 'Salud' },
  { code: 'education', nameEn: 'Education', nameEs: 'Educación' },
];

export const sectorRecords = [...sectorsInSources, ...moreSectors];
