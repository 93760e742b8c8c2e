// The parser on sheets written for these tests, in the two layouts and both languages, with torn
// and missing fields: it must work on reports it has never seen, not only on the seed files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report';

// Layout "each heading followed by its text"; panel values printed before their labels; the
// Spanish-named donor; the date range torn across the labels; no URL, no pillar value.
const englishSheet = `PROGRAM SUMMARY

The Firearms Marking Program of the Department of Public Security (DPS) supports Member States in
marking and registering firearms. In this regard, DPS offered the government of Jamaica to perform a
National Firearms Marking Workshop for Kingston.

OBJECTIVES

To strengthen the capacity of national authorities to mark, register and trace firearms in accordance
with the Inter-American Convention (CIFTA).

RESULTS

On 3-5 May 2018, the Firearms Marking Workshop was held in Kingston, Jamaica. Thirty-four officials
(12 women and 22 men) from the police and customs were trained. The police marked 1,500 firearms and
equipped 4 institutions with marking machines.

Firearms Marking Workshop
Name of Activity
Police and customs officers of Jamaica
Target Beneficiaries
Estados Unidos
Donor Countries
Additional Information 5/3/2018 Date 5/5/2018
to
`;

// Stacked layout in Spanish: headings first, then objectives, results, side panel, summary.
// Day-first dates settled by 15/6/2018; the link broken over three lines drifts into the next sheet.
const spanishSheets = `RESUMEN DEL PROGRAMA

OBJETIVOS

RESULTADOS

Fortalecer las capacidades de los docentes para prevenir la violencia escolar en Honduras.

Se capacitaron 85 docentes (61 mujeres y 24 hombres) en Tegucigalpa. Además, unos 40 funcionarios
del Ministerio de Educación participaron en un taller. Se beneficiaron 12 escuelas.

Seguridad
Pilar de la OEA
Docentes de escuelas públicas
Beneficiarios
3/2/2018 a 15/6/2018

El Programa de Prevención de la Violencia Escolar del Departamento de Seguridad Pública (DSP) apoya a
los Estados Miembros en la prevención de la violencia en las escuelas.

OEA 34 Estados Miembros
http://www.oas.org/es/sms/
prevencion-
violencia/

RESUMEN DEL PROGRAMA

La Red Interamericana de Prevención de la Violencia y el Delito fue creada para la prevención de la
violencia y el delito en los Estados Miembros de la OEA.

OBJETIVOS

Promover el intercambio de buenas prácticas sobre prevención de la violencia y el delito.

RESULTADOS

En 2019 se realizó la reunión anual de la Red en la sede de la OEA.
Países Donantes
`;

describe('an English sheet written for this test', () => {
  const [record, ...rest] = parseReport(englishSheet);

  it('finds one record', () => {
    expect(rest).toHaveLength(0);
    expect(record).toBeDefined();
  });
  it('reads program, unit and activity', () => {
    expect(record!.program).toBe('Firearms Marking Program');
    expect(record!.unit).toBe('DPS');
    expect(record!.activity).toBe('Firearms Marking Workshop');
    expect(record!.sources.activity).toEqual([18]);
  });
  it('reads values printed before their labels, with line numbers and confidence', () => {
    expect(record!.beneficiaries).toBe('Police and customs officers of Jamaica');
    expect(record!.sources.beneficiaries).toEqual([20]);
    expect(record!.donors).toEqual(['United States']);
    expect(record!.confidence.donors).toBe('likely');
  });
  it('reads the date range torn across the labels', () => {
    expect(record).toMatchObject({ start: '2018-05-03', end: '2018-05-05', ongoing: false });
    expect(record!.sources.start).toEqual([24, 25]);
  });
  it('leaves what the sheet does not state as not stated', () => {
    expect(record).toMatchObject({ pillar: null, url: null });
    expect(record!.sources.pillar).toBeUndefined();
    expect(record!.indicators).toEqual([]);
  });
  it('counts the people of the event, never the firearms or institutions', () => {
    expect(record!.events).toEqual([
      {
        kind: 'workshop', title: 'Firearms Marking Workshop', country: 'Jamaica', city: 'Kingston', start: '2018-05-03', end: '2018-05-05',
        women: 12, men: 22, notDisaggregated: 0, approximate: false,
      },
    ]);
    expect(record!.countries).toEqual([{ code: 'JM', name: 'Jamaica' }]);
  });
  it('keeps the texts verbatim with line breaks joined', () => {
    expect(record!.objectives).toBe(
      'To strengthen the capacity of national authorities to mark, register and trace firearms in accordance with the Inter-American Convention (CIFTA).',
    );
    expect(record!.sources.objectives).toEqual([9, 10]);
  });
});

describe('Spanish sheets written for this test (stacked layout, torn values)', () => {
  const records = parseReport(spanishSheets);
  const [school, network] = records;

  it('splits the two sheets and assigns the stacked texts', () => {
    expect(records).toHaveLength(2);
    expect(school!.objectives).toMatch(/^Fortalecer las capacidades/);
    expect(school!.results).toMatch(/^Se capacitaron 85 docentes/);
    expect(school!.summary).toMatch(/^El Programa de Prevención de la Violencia Escolar/);
    expect(school!.confidence.objectives).toBe('likely');
  });
  it('names DSP as DPS, the pillar in English and the country from the text', () => {
    expect(school).toMatchObject({ unit: 'DPS', pillar: 'Multidimensional Security', program: 'Programa de Prevención de la Violencia Escolar' });
    expect(school!.countries).toEqual([{ code: 'HN', name: 'Honduras' }]);
  });
  it('reads day-first dates, settled by an unambiguous date in the file', () => {
    expect(school).toMatchObject({ start: '2018-02-03', end: '2018-06-15' });
    expect(school!.confidence.start).toBe('certain');
  });
  it('reads Spanish head counts, approximate counts, and not the schools', () => {
    expect(school!.events.map((e) => [e.kind, e.women, e.men, e.notDisaggregated, e.approximate, e.city])).toEqual([
      ['training_course', 61, 24, 0, false, 'Tegucigalpa'],
      ['workshop', null, null, 40, true, null],
    ]);
  });
  it('moves the values printed after a sheet to the next sheet they belong to, repairing the link', () => {
    expect(school!.url).toBeNull();
    expect(network!.url).toBe('http://www.oas.org/es/sms/prevencion-violencia/');
    expect(network!.beneficiaries).toBe('OEA 34 Estados Miembros');
    expect(network!.confidence.beneficiaries).toBe('guess');
  });
  it('reads the meeting at OAS headquarters as an event in the United States', () => {
    expect(network!.events).toEqual([
      expect.objectContaining({ kind: 'meeting', country: 'United States', start: '2019', end: '2019', notDisaggregated: null }),
    ]);
  });
  it('leaves an empty donor field as no donor', () => {
    expect(network!.donors).toEqual([]);
  });
});

describe('Spanish dates with no unambiguous date in the file', () => {
  it('marks the day-first reading a guess', () => {
    const text = spanishSheets.replace('15/6/2018', '5/6/2018');
    const [school] = parseReport(text);
    expect(school).toMatchObject({ start: '2018-02-03', end: '2018-06-05' });
    expect(school!.confidence.start).toBe('guess');
  });
});

describe('a sheet printed twice in one file', () => {
  it('is merged into one record with the sources of both', () => {
    const twice = `${englishSheet}\n${englishSheet.replace('Estados Unidos\nDonor Countries\n', '')}`;
    const records = parseReport(twice);
    expect(records).toHaveLength(1);
    expect(records[0]!.donors).toEqual(['United States']);
    expect(records[0]!.sources.objectives!.length).toBe(4);
  });
});

describe('a text with no report sheet', () => {
  it('gives no record', () => {
    expect(parseReport('Minutes of the meeting.\n\nNothing else here.')).toEqual([]);
    expect(parseReport('')).toEqual([]);
  });
});

describe('the seed reports', () => {
  const seeds = path.resolve(__dirname, '../../../shared/seeds');
  const read = (name: string) => parseReport(readFileSync(path.join(seeds, name), 'utf8'));

  it('000: the side-panel values torn from their labels and drifting across sheets', () => {
    const records = read('000_a338e43460cd5b34.txt');
    expect(records).toHaveLength(6);
    const network = records[1]!;
    expect(network).toMatchObject({
      program: 'Inter-American Network for the Prevention of Violence and Crime',
      donors: ['Guatemala'],
      beneficiaries: 'OAS 34 Member States',
      url: 'http://www.oas.org/ext/en/security/crime-prevention-network/',
    });
    expect(network.sources.url).toEqual([96, 98, 100]);
    expect(records[0]!.pillar).toBe('Multidimensional Security');
    expect(records[3]!.beneficiaries).toBe('Migrant and potential migrant populations, particularly groups in');
    expect(records[5]!).toMatchObject({ end: '2017-09-30', beneficiaries: 'Salvador, Guatemala and Honduras' });
  });
  it('004: the tourism sheet printed twice is one record', () => {
    const tourism = read('004_d590de9f6e817ca0.txt').filter((r) => r.program === 'Tourism Security Program');
    expect(tourism).toHaveLength(1);
    expect(tourism[0]!.events.find((e) => e.kind === 'workshop')).toMatchObject({ notDisaggregated: 45, approximate: true, country: 'Antigua and Barbuda' });
  });
});

it('reads a side panel printed label first, each label followed by its value, "Not stated" as nothing', () => {
  const sheet = `PROGRAM SUMMARY

The Maritime Security Program of CICTE supports Member States in port security.

OBJECTIVES

To strengthen port security in Jamaica.

RESULTS

The port assessment was completed in Kingston.

Name of Activity
Harbour Security Assessment
Target Beneficiaries
Port security officers of Jamaica
Donor Countries
Canada
Additional Information
Not stated
`;
  const [record] = parseReport(sheet);
  expect(record).toMatchObject({ activity: 'Harbour Security Assessment', beneficiaries: 'Port security officers of Jamaica', donors: ['Canada'], url: null });
});
