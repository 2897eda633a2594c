import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  parseView,
  serializeView,
  toOrganizationFilter,
  type ViewState,
} from './view-state.ts';

describe('view state in the URL', () => {
  it('round-trips a full view and leaves defaults out', () => {
    const v: ViewState = {
      scope: 'Subdistrict:2',
      layers: ['grids', 'centers'],
      walk: 5,
      filters: { category: 'NEW_SOCIAL', industry: 'law', size: 's30_49', status: 'OPERATING' },
      lang: 'en',
      selected: 'Organization:17',
      camera: { lon: 116.61, lat: 40.105, zoom: 14.5 },
      list: 'join',
    };
    expect(parseView(serializeView(v))).toEqual(v);
    expect(serializeView(DEFAULT_VIEW)).toBe('');
    expect(parseView('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores unknown or malformed values', () => {
    const v = parseView(
      '?scope=Grid;drop&layers=grids,nope&walk=7&cat=X&lang=fr&at=1,2&ind=%3Cb%3E',
    );
    expect(v.scope).toBeNull();
    expect(v.layers).toEqual(['grids']);
    expect(v.walk).toBe(0);
    expect(v.filters).toEqual({});
    expect(v.lang).toBe('zh');
    expect(v.camera).toBeNull();
  });

  it('keeps an empty layer list (every layer switched off)', () => {
    expect(parseView(serializeView({ ...DEFAULT_VIEW, layers: [] })).layers).toEqual([]);
  });

  it('turns filters into an OrganizationFilter with employee bounds per size class', () => {
    expect(toOrganizationFilter({})).toBeNull();
    expect(toOrganizationFilter({ size: 'lt30' })).toEqual({ employeesMax: 29 });
    expect(toOrganizationFilter({ size: 'ge80', category: 'NEW_ECONOMIC' })).toEqual({
      category: 'NEW_ECONOMIC',
      employeesMin: 80,
    });
    expect(toOrganizationFilter({ industry: 'law', status: 'ZOMBIE', size: 's50_79' })).toEqual({
      industries: ['law'],
      statuses: ['ZOMBIE'],
      employeesMin: 50,
      employeesMax: 79,
    });
  });
});
