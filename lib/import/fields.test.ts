import { describe, expect, it } from 'vitest';
import { donorNames, fundedByIn, offeredActivityIn, pillarName, programNameIn, unitIn } from './fields';

describe('program names', () => {
  it.each([
    ['Through the UNSCR 1540 (2004) Implementation Program, CICTE offers', 'UNSCR 1540 (2004) Implementation Program'],
    ['In 2016, the Tourism Security Program of CICTE started', 'Tourism Security Program'],
    ['The CICTE Aviation Security Program aims at', 'Aviation Security Program'],
    ['The Firearms Marking Program of the Department of Public Security (DPS) supports', 'Firearms Marking Program'],
    ['El Programa de Prevención de la Violencia Escolar del Departamento de Seguridad Pública (DSP) apoya', 'Programa de Prevención de la Violencia Escolar'],
  ])('%s', (text, name) => expect(programNameIn(text)?.name).toBe(name));

  it('reads a program defined by its acronym, extended as the sheet writes it elsewhere', () => {
    const summary = 'CICAD decided to establish an asset recovery inter-agency network (ARIN) for the Caribbean, with the purpose to improve cooperation.';
    const sheet = `${summary}\nCARIN, ARIN-SA and RRAG were invited. This will become the ARIN-CARIB draft Statement of Intent.`;
    expect(programNameIn(summary, sheet)?.name).toBe('Asset Recovery Inter-Agency Network for the Caribbean (ARIN-CARIB)');
    expect(programNameIn(summary)?.name).toBe('Asset Recovery Inter-Agency Network for the Caribbean (ARIN)');
  });

  it('names a quoted project by its strategy and code', () => {
    const text = 'Within the framework of the Central American Security Strategy (ESCA), and in particular the D.B.3 Project for “Strengthening Programs for the protection of victims in Central America" and also';
    expect(programNameIn(text)?.name).toBe('Strengthening Programs for the protection of victims in Central America (ESCA D.B.3)');
  });

  it('takes no name where the text gives none', () => {
    expect(programNameIn('The Program was created in order to support Member States.')).toBeNull();
    expect(programNameIn('All of the Program´s actions are supported.')).toBeNull();
  });
});

describe('units, pillars, donors and activities', () => {
  it('names the unit first mentioned; DSP is DPS', () => {
    expect(unitIn('managed by the DSP')).toMatchObject({ unit: 'DPS', only: true });
    expect(unitIn('The Tourism Security Program of CICTE, with the DPS')).toMatchObject({ unit: 'CICTE', only: false });
    expect(unitIn('No unit here')).toBeNull();
  });
  it('maps pillar labels in both languages to the English name', () => {
    expect(pillarName('Security')).toBe('Multidimensional Security');
    expect(pillarName('Seguridad Multidimensional')).toBe('Multidimensional Security');
    expect(pillarName('Derechos Humanos')).toBe('Human Rights');
    expect(pillarName('Banana')).toBeNull();
  });
  it('reads donor values: Spanish names of member states in English, N/A as none', () => {
    expect(donorNames('Estados Unidos')).toEqual(['United States']);
    expect(donorNames('Canadá y Estados Unidos')).toEqual(['Canada', 'United States']);
    expect(donorNames('N/A')).toEqual([]);
    expect(donorNames('Banco de Desarrollo de América')).toEqual(['Banco de Desarrollo de América']);
    expect(fundedByIn('a three-year project, funded by the government of Canada, which')?.name).toBe('Canada');
  });
  it('reads the activity a summary says was offered', () => {
    expect(offeredActivityIn('CICTE offered the government of Belize to perform a Needs Assessment and follow-up Workshop on Tourism Security for Belize City.')?.name).toBe(
      'Needs Assessment and follow-up Workshop on Tourism Security for Belize City',
    );
  });
});
