import { describe, expect, it } from 'vitest';
import { LIST_KEYS } from '../view/view-state.ts';
import { exportUrl, LIST_SPECS, specOf } from './list-specs.ts';

describe('list specs', () => {
  it('has one spec per list key, each with a name column', () => {
    expect(LIST_SPECS.map((s) => s.key)).toEqual([...LIST_KEYS]);
    for (const k of LIST_KEYS) expect(specOf(k).columns[0]!.key).toBe('name');
  });

  it('builds the export URL with only what is set', () => {
    const url = exportUrl('xlsx', {
      list: 'JOIN_CANDIDATES',
      scope: 'Subdistrict:1',
      walk: 0,
      lang: 'en',
      filter: null,
    });
    expect(url).toBe('/lists/export.xlsx?list=JOIN_CANDIDATES&scope=Subdistrict%3A1&lang=en');
    const withAll = new URL(
      exportUrl('csv', {
        list: 'OUTSIDE_CENTERS',
        scope: 'Grid:3',
        walk: 5,
        sort: 'NAME',
        descending: true,
        lang: 'zh',
        filter: { category: 'NEW_SOCIAL' },
      }),
      'http://x',
    );
    expect(withAll.pathname).toBe('/lists/export.csv');
    expect(Object.fromEntries(withAll.searchParams)).toMatchObject({
      walk: '5',
      sort: 'NAME',
      desc: '1',
      filter: '{"category":"NEW_SOCIAL"}',
    });
  });
});
