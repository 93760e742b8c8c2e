// OECD DAC 5-digit purpose codes (IATI Sector vocabulary 1) that DPS programs can report under:
// government and civil society, conflict, peace and security, and the few others DPS training
// touches. Editors pick one per program; the IATI file reports it as the activities' sector.
// Names as in the IATI Sector codelist (English) and the OECD's Spanish CRS list.

export const dacSectors = [
  { code: '11430', nameEn: 'Advanced technical and managerial training', nameEs: 'Formación técnica avanzada y de gestión' },
  { code: '15110', nameEn: 'Public sector policy and administrative management', nameEs: 'Política y gestión administrativa del sector público' },
  { code: '15113', nameEn: 'Anti-corruption organisations and institutions', nameEs: 'Organizaciones e instituciones anticorrupción' },
  { code: '15130', nameEn: 'Legal and judicial development', nameEs: 'Desarrollo legal y judicial' },
  { code: '15150', nameEn: 'Democratic participation and civil society', nameEs: 'Participación democrática y sociedad civil' },
  { code: '15160', nameEn: 'Human rights', nameEs: 'Derechos humanos' },
  { code: '15170', nameEn: "Women's rights organisations and movements, and government institutions", nameEs: 'Organizaciones y movimientos de derechos de la mujer, e instituciones gubernamentales' },
  { code: '15180', nameEn: 'Ending violence against women and girls', nameEs: 'Eliminación de la violencia contra mujeres y niñas' },
  { code: '15190', nameEn: 'Facilitation of orderly, safe, regular and responsible migration and mobility', nameEs: 'Facilitación de la migración y la movilidad ordenadas, seguras, regulares y responsables' },
  { code: '15210', nameEn: 'Security system management and reform', nameEs: 'Gestión y reforma de los sistemas de seguridad' },
  { code: '15220', nameEn: 'Civilian peace-building, conflict prevention and resolution', nameEs: 'Construcción de la paz civil, prevención y resolución de conflictos' },
  { code: '15240', nameEn: 'Reintegration and SALW control', nameEs: 'Reintegración y control de armas pequeñas y ligeras' },
  { code: '15250', nameEn: 'Removal of land mines and explosive remnants of war', nameEs: 'Remoción de minas terrestres y restos explosivos de guerra' },
  { code: '15261', nameEn: 'Child soldiers (prevention and demobilisation)', nameEs: 'Niños soldados (prevención y desmovilización)' },
  { code: '16063', nameEn: 'Narcotics control', nameEs: 'Control de narcóticos' },
  { code: '22040', nameEn: 'Information and communication technology (ICT)', nameEs: 'Tecnología de la información y las comunicaciones (TIC)' },
  { code: '33120', nameEn: 'Trade facilitation', nameEs: 'Facilitación del comercio' },
] as const;

export type DacSectorCode = (typeof dacSectors)[number]['code'];
export const dacSectorCodes = dacSectors.map((s) => s.code) as [DacSectorCode, ...DacSectorCode[]];

/**
 * The sector each demo program reports under: DPS's own reading of what each program does (the
 * source reports name no DAC code), editable afterwards on the program's form.
 */
export const demoProgramSectors: Record<string, DacSectorCode> = {
  'unscr-1540': '15210',
  'crime-prevention-network': '15220',
  'police-network': '15210',
  'violence-crime-prevention': '15220',
  'irregular-migration-mesoamerica': '15190',
  'victims-witnesses-protection': '15130',
  'legal-aid-victims-northern-triangle': '15130',
  'maritime-security': '15210',
  'tourism-security': '15210',
  'aviation-security': '15210',
  'arin-carib': '16063',
};
