import { describe, expect, it } from 'vitest';
import { activitiesTableSpec, eventsTableSpec } from './table-specs';
import { pageWindow, parseTableState, tableStateToSearchParams } from './table-state';

const parse = (query: string) => parseTableState(activitiesTableSpec, new URLSearchParams(query));

describe('table state in the URL', () => {
  it('defaults to the first page, 25 rows, the default sort and no filter', () => {
    expect(parse('').state).toEqual({ page: 1, size: 25, sort: { id: 'start', desc: true }, q: '', filters: {}, hidden: [], archived: false });
  });

  it('reads every kind of filter, the sort, the search, hidden columns and archived', () => {
    const { state, ignored } = parse(
      'q=port&sort=-trained&page=2&size=10&f.name=work&f.status=ongoing&f.countries=sub:central_america&f.start.from=2017-01-01&f.start.to=2017-12-31&f.trained.min=5&hide=donors,name,nonsense&archived=1',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      page: 2,
      size: 10,
      sort: { id: 'trained', desc: true },
      q: 'port',
      filters: {
        name: { kind: 'text', value: 'work' },
        status: { kind: 'choice', value: 'ongoing' },
        countries: { kind: 'choice', value: 'sub:central_america' },
        start: { kind: 'dateRange', from: '2017-01-01', to: '2017-12-31' },
        trained: { kind: 'numberRange', min: 5, max: undefined },
      },
      hidden: ['donors'],
      archived: true,
    });
  });

  it.each([
    ['page=-1', 'page'],
    ['page=abc', 'page'],
    ['page=99999999999', 'page'],
    ['size=0', 'size'],
    ['size=100000', 'size'],
    ['sort=password', 'sort'],
    ["f.program=1 or 1=1", 'f.program'],
    ['f.status=<script>alert(1)</script>', 'f.status'],
    ['f.countries=ZZZ', 'f.countries'],
    ['f.start.from=2017-02-30', 'f.start.from'],
    ['f.start.from=2018-01-01&f.start.to=2017-01-01', 'f.start.from'],
    ['f.trained.min=10&f.trained.max=1', 'f.trained.min'],
    ['f.trained.min=Infinity', 'f.trained.min'],
    [`q=${'x'.repeat(5000)}`, 'q'],
  ])('ignores and names bad input: %s', (query, name) => {
    const { state, ignored } = parse(query);
    expect(ignored).toContain(name);
    expect(state.filters).toEqual({});
  });

  it('takes SQL metacharacters in a search as plain text', () => {
    expect(parse("q=%'; drop table activities;--").state.q).toBe("%'; drop table activities;--");
  });

  it('writes back only what differs from the default, and reads back the same state', () => {
    const { state } = parseTableState(eventsTableSpec, new URLSearchParams('f.kind=workshop&f.women.max=0&sort=total&page=3'));
    const params = tableStateToSearchParams(eventsTableSpec.defaultSort, state);
    expect(params.toString()).toBe('f.kind=workshop&f.women.max=0&sort=total&page=3');
    expect(parseTableState(eventsTableSpec, params).state).toEqual(state);
  });

  it('clamps a page past the end to the last page', () => {
    expect(pageWindow({ page: 9, size: 10 }, 13)).toEqual({ page: 2, pageCount: 2, limit: 10, offset: 10 });
    expect(pageWindow({ page: 1, size: 10 }, 0)).toEqual({ page: 1, pageCount: 1, limit: 10, offset: 0 });
  });
});
