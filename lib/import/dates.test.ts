import { describe, expect, it } from 'vitest';
import { numericOrderOf, readDateField, writtenDateIn } from './dates';

describe('side-panel date field', () => {
  it('reads "X to Y" as commencement and completion', () => {
    expect(readDateField('4/12/2017 12/31/2017 to', 'month-first', 'certain')).toEqual({
      start: '2017-04-12', end: '2017-12-31', ongoing: false, confidence: 'certain',
    });
  });
  it('reads a lone "X to" as the completion (the single value prints in the completion place)', () => {
    expect(readDateField('7/1/2020 to', 'month-first', 'likely')).toMatchObject({ start: null, end: '2020-07-01' });
  });
  it('reads "Completion to X" as the completion', () => {
    expect(readDateField('Completion to 9/30/2017', 'month-first', 'likely')).toMatchObject({ start: null, end: '2017-09-30' });
  });
  it('reads "Ongoing" and the empty placeholders', () => {
    expect(readDateField('Ongoing to', 'month-first', 'likely')).toMatchObject({ ongoing: true, start: null, end: null });
    expect(readDateField('En curso', 'day-first', 'guess')).toMatchObject({ ongoing: true });
    expect(readDateField('Commencement Completion to', 'month-first', 'likely')).toBeNull();
  });
  it('reads day-first Spanish ranges "D/M/YYYY a D/M/YYYY"', () => {
    expect(readDateField('3/2/2018 a 15/6/2018', 'day-first', 'certain')).toMatchObject({ start: '2018-02-03', end: '2018-06-15' });
  });
  it('rejects impossible dates rather than inventing one', () => {
    expect(readDateField('2/30/2017 to', 'month-first', 'likely')).toBeNull();
  });
});

describe('numeric date order of a file', () => {
  it('is settled by an unambiguous date anywhere in the file', () => {
    expect(numericOrderOf('Fecha 3/2/2018 a 15/6/2018', true)).toEqual({ order: 'day-first', confidence: 'certain' });
    expect(numericOrderOf('Date 12/31/2017 and 4/5/2017', false)).toEqual({ order: 'month-first', confidence: 'certain' });
  });
  it('is only a guess for Spanish files with no unambiguous date', () => {
    expect(numericOrderOf('Fecha 3/2/2018 a 5/6/2018', true)).toEqual({ order: 'day-first', confidence: 'guess' });
    expect(numericOrderOf('Date 3/2/2018 to 5/6/2018', false)).toEqual({ order: 'month-first', confidence: 'likely' });
  });
});

describe('written dates in sentences', () => {
  it.each([
    ['On 15-16 November 2016, a Practitioner Meeting was held', '2016-11-15', '2016-11-16'],
    ['In Port-Of-Spain, Trinidad & Tobago, February 7 – 8, 2017, it was held', '2017-02-07', '2017-02-08'],
    ['on Wednesday 28 and Thursday 29 June 2017 in Miami', '2017-06-28', '2017-06-29'],
    ['los días 28 y 29 de junio de 2017 en Miami', '2017-06-28', '2017-06-29'],
    ['el 14 de marzo de 2017 se realizó', '2017-03-14', '2017-03-14'],
    ['held on March 14, 2017', '2017-03-14', '2017-03-14'],
    ['in November 2016', '2016-11', '2016-11'],
    ['In 2016, the Network was officially launched', '2016', '2016'],
  ])('%s', (sentence, start, end) => {
    expect(writtenDateIn(sentence)).toMatchObject({ start, end });
  });
  it('finds nothing in a sentence without a date', () => {
    expect(writtenDateIn('Participants were instructed on 3 modules.')).toBeNull();
  });
});
