// The parts DPS Results adds to a sheet when it prints a report, on text written for this test:
// they are read for what they say and kept out of the sheet's prose.
import { describe, expect, it } from 'vitest';
import { readGeneratedReport } from './generated-report';
import { parseReport } from './parse-report';
import { toLines } from './text';

const english = `Organization of American States · Department of Public Security
Country report: Jamaica
Activity sheets
 • Firearms Marking Workshop
 Country report: Jamaica · Page 1

Firearms Marking Workshop

Firearms Marking Program · DPS · Jamaica, Bahamas

PROGRAM SUMMARY
The Firearms Marking Program supports Member States in marking firearms.

OBJECTIVES
To strengthen the capacity of national authorities to mark firearms.

RESULTS
Officials of the police were trained in marking firearms, and 1,500 firearms were
marked by the police in 2018.
Events
Event Date Women Men Not
 disaggregated
 Total
Firearms Marking
Workshop, Kingston
Workshop · Kingston,
Jamaica
 5/3/2018 to
 5/5/2018
 12 22 0 34
 OAS Pillar
 Multidimensional Security
 Name of Activity
 Firearms Marking Workshop
 Date
 Not stated to 12/31/2018
 Target Beneficiaries
 Police and customs officers
 Donor Countries
 Not stated
 Additional Information
 http://www.oas.org/en/sms/
 firearms/
 Country report: Jamaica · Page 2

Event Date Women Men Not
 disaggregated
 Total
Follow-up meeting
Meeting · Bahamas
 2019 – – 9 ~9
~ approximate count
Indicators
Officials trained in marking
12 of 40
Firearms marked
No progress recorded; target 2,000
 Country report: Jamaica · Page 3
`;

describe("a sheet of DPS Results' own report", () => {
  const [record, ...rest] = parseReport(english);

  it('is one record, its prose free of the footers, the table and the panel', () => {
    expect(rest).toEqual([]);
    expect(record!.results).toBe('Officials of the police were trained in marking firearms, and 1,500 firearms were marked by the police in 2018.');
    expect(record!.summary).toBe('The Firearms Marking Program supports Member States in marking firearms.');
  });

  it('reads program, unit and countries from the heading, the panel by label, "Not stated" as nothing', () => {
    expect(record).toMatchObject({
      program: 'Firearms Marking Program',
      unit: 'DPS',
      activity: 'Firearms Marking Workshop',
      pillar: 'Multidimensional Security',
      countries: [{ code: 'JM', name: 'Jamaica' }, { code: 'BS', name: 'The Bahamas' }],
      start: null,
      end: '2018-12-31',
      beneficiaries: 'Police and customs officers',
      donors: [],
      url: 'http://www.oas.org/en/sms/firearms/',
    });
    expect(record!.confidence.program).toBe('certain');
  });

  it('reads the events table, across a page break, instead of the prose', () => {
    expect(record!.events).toEqual([
      { kind: 'workshop', title: 'Firearms Marking Workshop, Kingston', country: 'Jamaica', city: 'Kingston', start: '2018-05-03', end: '2018-05-05', women: 12, men: 22, notDisaggregated: 0, approximate: false },
      { kind: 'meeting', title: 'Follow-up meeting', country: 'The Bahamas', city: null, start: '2019', end: '2019', women: null, men: null, notDisaggregated: 9, approximate: true },
    ]);
    expect(record!.indicators).toEqual([
      { name: 'Officials trained in marking', target: 40 },
      { name: 'Firearms marked', target: 2000 },
    ]);
  });
});

it('reads the Spanish labels, "No hay eventos registrados." as no event, and the footers PDFs had before they streamed ("Página 1 de 2")', () => {
  const spanish = `Informe de país: Honduras · Página 1 de 2
Taller de prevención
Programa de Prevención · DPS · Honduras
RESUMEN DEL PROGRAMA
El programa apoya a los Estados Miembros.
OBJETIVOS
Fortalecer las capacidades de los docentes.
RESULTADOS
Se capacitaron 85 docentes (61 mujeres y 24 hombres) en Tegucigalpa.
Eventos
No hay eventos registrados.
 Pilar de la OEA
 No indicado
 Nombre de la Actividad
 Taller de prevención
 Fecha
 En curso
 Beneficiarios
 Docentes
 Países Donantes
 Estados Unidos
 Información adicional
 No indicado
 Informe de país: Honduras · Página 2 de 2
`;
  const [record] = parseReport(spanish);
  expect(record).toMatchObject({ program: 'Programa de Prevención', activity: 'Taller de prevención', ongoing: true, beneficiaries: 'Docentes', donors: ['United States'], events: [], url: null, pillar: null });
  expect(record!.results).toBe('Se capacitaron 85 docentes (61 mujeres y 24 hombres) en Tegucigalpa.');
});

it('leaves a text without our page footers (an old report) as it is', () => {
  const lines = toLines('PROGRAM SUMMARY\nText.\nEvents\nNo event recorded.\n');
  expect(readGeneratedReport(lines)).toEqual({ lines, headings: new Map(), results: [], panels: [] });
});
