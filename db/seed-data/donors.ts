import type { SeedDonor } from './types';

// Every donor named in ../shared/seeds (see SOURCES.md for where each one appears).
export const donors: SeedDonor[] = [
  {
    // 001 (Maritime Security Program sheet, "Donor Countries" field) and 001/004 (Tourism Security
    // Program summary: "funded by the government of Canada").
    key: 'canada',
    name: 'Canada',
    nameEs: 'Canadá',
    kind: 'member_state',
    countryCode: 'CA',
  },
  {
    // 003 (CICTE Aviation Security Program, access control workshop sheet, "Donor Countries" field).
    key: 'united-states',
    name: 'United States',
    nameEs: 'Estados Unidos',
    kind: 'member_state',
    countryCode: 'US',
  },
  {
    // 000 (Inter-American Network for Police Development and Professionalization sheet): the text
    // reads "Banco de Desarrollo de América" just before the "Donor Countries" label; the name is cut
    // off by the PDF field and read as CAF - Banco de Desarrollo de América Latina.
    key: 'caf',
    name: 'CAF - Development Bank of Latin America',
    nameEs: 'Banco de Desarrollo de América Latina (CAF)',
    kind: 'multilateral',
    countryCode: null,
  },
  {
    // 000 (Inter-American Network for the Prevention of Violence and Crime sheet): "Guatemala" sits
    // just before the "Donor Countries" label.
    key: 'guatemala',
    name: 'Guatemala',
    nameEs: 'Guatemala',
    kind: 'member_state',
    countryCode: 'GT',
  },
];
