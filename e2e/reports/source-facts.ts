// The facts of the source documents (../shared/seeds/*.txt) each report must carry: activity
// names, dates, donors, people trained and their gender split. Quotes in the comments are the
// sources' own words.

export interface SheetFact {
  name: string;
  /** The side panel's Date, as the sources write dates (M/D/YYYY). */
  date?: string;
  donors?: string;
  targetBeneficiaries?: string;
  /** An event of the sheet and its counts: date, women, men, not disaggregated, total. */
  event?: { title: string; cells: [string, string, string, string, string] };
}

export interface ReportFacts {
  title: string;
  peopleTrained: string;
  women: string;
  men: string;
  notDisaggregated: string;
  sheets: SheetFact[];
}

/** 001: the Belize report. */
export const belize: ReportFacts = {
  title: 'Country report: Belize',
  peopleTrained: '23',
  women: '1',
  men: '22',
  notDisaggregated: '0',
  sheets: [
    // "Port Evaluations and Assessments / Name of Activity", "4/12/2017 ... 12/31/2017", "Canada / Donor Countries"
    {
      name: 'Port Evaluations and Assessments',
      date: '4/12/2017 to 12/31/2017',
      donors: 'Canada',
      targetBeneficiaries: 'Agencies for port/maritime security in Belize',
    },
    // "Approximately, 23 officers ... 22 of them were men and 1 woman"; "funded by the government of Canada"
    {
      name: 'Needs Assessment and follow-up Workshop on Tourism Security for Belize City',
      donors: 'Canada',
      event: { title: 'Tourism Security Workshop, Belize City', cells: ['Not stated', '1', '22', '0', '~23'] },
    },
    // "7/1/2020 to"; "Banco de Desarrollo de América" before "Donor Countries"
    { name: 'Inter-American Network for Police Development and Professionalization', date: 'Not stated to 7/1/2020', donors: 'CAF - Development Bank of Latin America' },
    // "Ongoing to"
    { name: 'Program for the Prevention of Violence and Crime', date: 'Ongoing', targetBeneficiaries: 'OAS 34 Member States' },
  ],
};

/** 004: the air cargo and ARIN-CARIB sheets, about Barbados. */
export const barbados: ReportFacts = {
  title: 'Country report: Barbados',
  peopleTrained: '22',
  women: '7',
  men: '15',
  notDisaggregated: '0',
  sheets: [
    // "22 civil aviation and law enforcement officials (7 female and 15 male) from Barbados"
    { name: 'Air Cargo Workshop', event: { title: 'Air Cargo Workshop', cells: ['Not stated', '7', '15', '0', '22'] } },
    // "On 15-16 November 2016, a Practitioner Meeting was held in Bridgetown, Barbados"
    {
      name: 'Asset Recovery Inter-Agency Network for the Caribbean (ARIN-CARIB)',
      event: { title: 'ARIN-CARIB Practitioner Meeting', cells: ['11/15/2016 to 11/16/2016', '–', '–', '–', '–'] },
    },
  ],
};

/** 004: the tourism sheet about Antigua and Barbuda (printed twice in the source). */
export const antiguaAndBarbuda: ReportFacts = {
  title: 'Country report: Antigua and Barbuda',
  peopleTrained: '45',
  women: '0',
  men: '0',
  notDisaggregated: '45',
  sheets: [
    // "Approximately, 45 officers were trained"; "funded by the government of Canada"
    {
      name: 'Needs Assessment and follow-up Workshop on Risk Management for Tourism Destinations',
      donors: 'Canada',
      event: { title: 'Risk Management Workshop for Tourism Destinations, Antigua and Barbuda', cells: ['Not stated', '–', '–', '45', '~45'] },
    },
  ],
};

/** Canada's portfolio: the Belize maritime and tourism sheets and the Antigua and Barbuda tourism sheet. */
export const canada: ReportFacts = {
  title: 'Donor report: Canada',
  peopleTrained: '68',
  women: '1',
  men: '22',
  notDisaggregated: '45',
  sheets: [belize.sheets[0]!, belize.sheets[1]!, antiguaAndBarbuda.sheets[0]!],
};

/** The same facts as they read in the PDF's text. */
export function pdfFacts(facts: ReportFacts): string[] {
  return [
    `People trained ${facts.peopleTrained}`,
    `Women ${facts.women}`,
    `Men ${facts.men}`,
    `Not disaggregated ${facts.notDisaggregated}`,
    ...facts.sheets.flatMap((sheet) => [
      `Name of Activity ${sheet.name}`,
      ...(sheet.date ? [`Date ${sheet.date}`] : []),
      ...(sheet.donors ? [`Donor Countries ${sheet.donors}`] : []),
      ...(sheet.targetBeneficiaries ? [`Target Beneficiaries ${sheet.targetBeneficiaries}`] : []),
      ...(sheet.event ? [`${sheet.event.title}`, `${sheet.event.cells.slice(1).join(' ')}`] : []),
    ]),
  ];
}
