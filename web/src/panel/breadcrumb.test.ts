import { describe, expect, it } from 'vitest';
import { childrenOf, crumbsFor, type Hierarchy } from './breadcrumb.ts';

const H: Hierarchy = [
  {
    id: 'District:1',
    code: '110113',
    name: '顺义区',
    boundary: null,
    subdistricts: [
      {
        id: 'Subdistrict:1',
        code: '110113001',
        name: '胜利街道',
        boundary: null,
        grids: [
          { id: 'Grid:1', code: '110113001001', name: '胜利第1网格' },
          { id: 'Grid:2', code: '110113001002', name: '胜利第2网格' },
        ],
      },
      { id: 'Subdistrict:2', code: '110113002', name: '光明街道', boundary: null, grids: [] },
    ],
  },
];

describe('breadcrumb', () => {
  it('builds the path district > subdistrict > grid for any scope', () => {
    expect(crumbsFor('Grid:2', H).map((c) => c.name)).toEqual([
      '顺义区',
      '胜利街道',
      '胜利第2网格',
    ]);
    expect(crumbsFor('Subdistrict:2', H).map((c) => c.level)).toEqual(['district', 'subdistrict']);
    expect(crumbsFor('District:1', H)).toHaveLength(1);
  });

  it('falls back to the first district for an unknown or empty scope', () => {
    expect(crumbsFor(null, H).map((c) => c.id)).toEqual(['District:1']);
    expect(crumbsFor('Grid:99', H).map((c) => c.id)).toEqual(['District:1']);
    expect(crumbsFor(null, [])).toEqual([]);
  });

  it('offers the next level down', () => {
    expect(childrenOf(crumbsFor(null, H), H).map((c) => c.id)).toEqual([
      'Subdistrict:1',
      'Subdistrict:2',
    ]);
    expect(childrenOf(crumbsFor('Subdistrict:1', H), H).map((c) => c.name)).toEqual([
      '胜利第1网格',
      '胜利第2网格',
    ]);
    expect(childrenOf(crumbsFor('Grid:1', H), H)).toEqual([]);
  });
});
