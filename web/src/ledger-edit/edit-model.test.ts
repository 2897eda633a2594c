import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyDraft,
  factsOfDraft,
  factsPatch,
  invalidNumbers,
  problemsByField,
  type OrgFacts,
} from './edit-model.ts';

const org: OrgFacts = {
  id: 'Organization:1',
  version: 3,
  updatedBy: null,
  updatedAt: '2026-01-01T00:00:00Z',
  canEdit: true,
  name: '北京顺鑫科技有限公司',
  uscc: null,
  subKind: 'NON_PUBLIC_ENTERPRISE',
  industry: 'it',
  status: 'OPERATING',
  employees: 12,
  partyMembers: 2,
  revenueYuan: null,
  memberUnits: null,
  ownerIsMember: false,
  hasTradeUnion: false,
  hasYouthLeague: false,
  hasWomensFederation: false,
  activists: 0,
  affiliation: null,
  establishmentDirection: null,
  address: '顺义区府前街1号',
};

describe('ledger edit form model', () => {
  it('sends only what differs from the ledger', () => {
    const d = draftOf(org);
    expect(factsPatch(org, d)).toEqual({});
    d.partyMembers = '3';
    d.hasTradeUnion = true;
    d.address = '';
    expect(factsPatch(org, d)).toEqual({ partyMembers: 3, hasTradeUnion: true, address: null });
  });

  it('flags text typed into number fields', () => {
    const d = { ...draftOf(org), employees: '十二' };
    expect(invalidNumbers(d)).toEqual(['employees']);
  });

  it('maps the server problems to form fields', () => {
    expect(
      problemsByField(
        {
          field: 'facts.uscc',
          problems: [
            { field: 'facts.uscc', message: '校验码错误' },
            { field: 'facts.employees', message: '须在 0..1000000 之间' },
          ],
        },
        'x',
      ),
    ).toEqual({ uscc: '校验码错误', employees: '须在 0..1000000 之间' });
    expect(problemsByField({ field: 'status', reason: 'NO_CHANGE' }, 'status: 没有')).toEqual({
      status: 'status: 没有',
    });
  });
});

describe('a new organization form', () => {
  it('sends what is filled in, numbers as numbers, boxes as ticked', () => {
    const d = emptyDraft('it');
    expect(factsOfDraft(d)).toEqual({
      industry: 'it',
      ownerIsMember: false,
      hasTradeUnion: false,
      hasYouthLeague: false,
      hasWomensFederation: false,
    });
    const filled = { ...d, name: ' 新公司 ', employees: '1,200', hasTradeUnion: true };
    expect(factsOfDraft(filled)).toMatchObject({
      name: '新公司',
      employees: 1200,
      hasTradeUnion: true,
    });
    expect(invalidNumbers({ ...d, activists: 'x' })).toEqual(['activists']);
  });
});
