import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HorizontalBars, type BarRow } from './horizontal-bars';

const row = (key: string, values: number[]): BarRow => ({
  key,
  label: key,
  segments: values.map((value, i) => ({ key: `s${i}`, value, color: `#00000${i}`, title: `s${i}: ${value}` })),
  caption: String(values.reduce((a, b) => a + b, 0)),
});

const widths = (html: string) => [...html.matchAll(/width:([\d.]+)%/g)].map((match) => Number(match[1]));

describe('HorizontalBars', () => {
  it('draws every segment on one scale from 0 to max, so bars can be compared', () => {
    const html = renderToStaticMarkup(createElement(HorizontalBars, { max: 40, rows: [row('a', [10, 30]), row('b', [20, 0])] }));
    expect(widths(html)).toEqual([25, 75, 50]);
  });

  it('leaves out empty segments and prints each caption and full label', () => {
    const html = renderToStaticMarkup(createElement(HorizontalBars, { max: 20, rows: [row('b', [20, 0])] }));
    expect(html.match(/title="s\d/g)).toEqual(['title="s0']);
    expect(html).toContain('>20</span>');
    expect(html).toContain('title="b"');
  });

  it('shortens a long label on the bar but keeps it whole on hover', () => {
    const label = 'Program to Prevent Crimes Related to Irregular Migration in Mesoamerica';
    const html = renderToStaticMarkup(createElement(HorizontalBars, { max: 1, rows: [{ ...row('p', [1]), label }] }));
    expect(html).toContain(`title="${label}"`);
    expect(html).toContain('Program to Prevent Crimes Related to Irregular…');
  });

  it('draws the whole scale behind each bar when asked (shares, 0–100 %)', () => {
    const html = renderToStaticMarkup(createElement(HorizontalBars, { max: 1, hasTrack: true, rows: [row('x', [0.25])] }));
    expect(html).toContain('bg-slate-100');
    expect(widths(html)).toEqual([25]);
  });
});
