import { describe, expect, it } from 'vitest';
import { numberValue } from './numbers';
import { peopleCountsIn } from './people';

const only = (sentence: string, followUp = '') => {
  const counts = peopleCountsIn(sentence, followUp);
  expect(counts).toHaveLength(1);
  const { index: _index, ...count } = counts[0]!;
  return count;
};

describe('numbers', () => {
  it.each([
    ['seven', 7], ['Thirty-four', 34], ['200,000', 200000], ['one hundred and twenty', 120],
    ['treinta y cuatro', 34], ['veintidós', 22], ['ciento veinte', 120], ['quince', 15],
  ])('%s = %d', (text, value) => expect(numberValue(text)).toBe(value));
  it('is null for a word that is not a number', () => expect(numberValue('several')).toBeNull());
});

describe('people counted in a sentence', () => {
  it('reads a gender split in parentheses', () => {
    expect(only('22 civil aviation and law enforcement officials (7 female and  15 male) from Barbados increased their knowledge.')).toEqual({
      total: 22, women: 7, men: 15, notDisaggregated: 0, approximate: false,
    });
  });
  it('reads an approximate count with its split in the next sentence', () => {
    expect(only('Approximately, 23 officers form the public sector (Police, Immigration) were trained.', 'Specifically, 22 of them were men and 1 woman.')).toEqual({
      total: 23, women: 1, men: 22, notDisaggregated: 0, approximate: true,
    });
  });
  it('keeps an undisaggregated approximate count', () => {
    expect(only('Approximately, 45 officers were trained from the public sector.')).toMatchObject({ notDisaggregated: 45, women: null, men: null, approximate: true });
  });
  it('reads number words', () => {
    expect(only('seven officials were trained as national trainers.')).toMatchObject({ notDisaggregated: 7 });
    expect(only('Thirty-four prosecutors attended the course.')).toMatchObject({ notDisaggregated: 34 });
  });
  it('reads "a workshop for 30 other government officials"', () => {
    expect(only('who carried out a local workshop for 30 other government officials')).toMatchObject({ notDisaggregated: 30 });
  });
  it('reads Spanish counts and splits', () => {
    expect(only('Se capacitaron 85 docentes (61 mujeres y 24 hombres) en Tegucigalpa.')).toMatchObject({ total: 85, women: 61, men: 24, notDisaggregated: 0 });
    expect(only('Aproximadamente 40 funcionarios participaron.')).toMatchObject({ notDisaggregated: 40, approximate: true });
    expect(only('veinticinco policías fueron capacitados.')).toMatchObject({ notDisaggregated: 25 });
  });
  it('splits only what the sentence splits: the rest is not disaggregated', () => {
    expect(only('30 participants (10 women and 12 men) attended.')).toMatchObject({ women: 10, men: 12, notDisaggregated: 8 });
  });
  it.each([
    'Representatives from 27 Caribbean jurisdictions were invited.',
    'The police destroyed 1,200 firearms.',
    'Six institutions and 14 schools joined the program.',
    'The project will strengthen six Multidisciplinary Attention Units (two per country).',
    'Se destruyeron 300 armas de fuego en 12 jurisdicciones.',
    'It strengthens the capacities of 11 Member States.',
    'In 2016 the Network was launched.',
  ])('never counts things as people: %s', (sentence) => {
    expect(peopleCountsIn(sentence)).toEqual([]);
  });
});
