// Sectors of event participants, as named in the RESULTS texts of ../shared/seeds.
// Only the codes actually used by db/seed-data/activities.ts are listed.
export const sectors: { code: string; nameEn: string; nameEs: string }[] = [
  { code: 'civil_aviation', nameEn: 'Civil aviation', nameEs: 'Aviación civil' },
  { code: 'law_enforcement', nameEn: 'Law enforcement', nameEs: 'Fuerzas del orden' },
  { code: 'government', nameEn: 'Government officials / ministries', nameEs: 'Funcionarios de gobierno / ministerios' },
  { code: 'police', nameEn: 'Police', nameEs: 'Policía' },
  { code: 'tourism', nameEn: 'Tourism authorities', nameEs: 'Autoridades de turismo' },
  { code: 'immigration', nameEn: 'Immigration', nameEs: 'Migración' },
  { code: 'fire_service', nameEn: 'Fire service', nameEs: 'Bomberos' },
  { code: 'emergency_response', nameEn: 'Emergency response bodies', nameEs: 'Organismos de respuesta a emergencias' },
  { code: 'private_sector', nameEn: 'Private sector', nameEs: 'Sector privado' },
];
