import { describe, expect, it } from 'vitest';
import { evaluateOrganization, type OrgFacts } from './evaluate.ts';
import { profileDocument } from './profile.schema.ts';
import { CHANGLE_2011, SHUNYI_2017 } from './profiles/index.ts';
import { articleEn, describeRequirements, summarize } from './reasons.ts';

const facts = (f: Partial<OrgFacts>): OrgFacts => ({
  category: 'new_economic',
  subKind: 'non_public_enterprise',
  industry: 'it',
  status: 'operating',
  employees: 0,
  partyMembers: 0,
  revenueYuan: null,
  memberUnits: null,
  activists: 0,
  ownerIsMember: false,
  hasTradeUnion: false,
  hasYouthLeague: false,
  hasWomensFederation: false,
  partyOrg: null,
  hasInstructor: false,
  ...f,
});

function reasons(profile: unknown, f: OrgFacts) {
  const doc = profileDocument.parse(profile);
  const e = evaluateOrganization(doc, f);
  const req = describeRequirements(doc, f, e);
  return { req, summary: summarize(f, e, req) };
}

describe('reasons', () => {
  it('names the facts, the rule, the seed article and what is missing', () => {
    const { req, summary } = reasons(SHUNYI_2017, facts({ employees: 112 }));
    const r = req.find((x) => x.rule === 'emp100-org')!;
    expect(r.met).toBe(false);
    expect(r.reason.zh).toBe(
      '从业人员112人, 从业人员100人以上的非公企业须建立党组织 (000 第六条); 尚未建立; 无指导员, 无工青妇组织',
    );
    expect(r.reason.en).toBe(
      '112 employees: a non-public enterprise with 100+ employees must have a party organization (seed 000 art. 6); has none; no instructor, no mass organizations',
    );
    expect(summary.zh.startsWith('空白点')).toBe(true);
    expect(summary.zh).toContain('未达标');
  });

  it('says how a requirement is met, and why a joint branch is not standalone', () => {
    const joint = facts({
      employees: 20,
      partyMembers: 3,
      partyOrg: { id: 1, isJoint: true, isAttached: false },
    });
    const { req } = reasons(CHANGLE_2011, joint);
    expect(req.find((x) => x.rule === 'members-org')!.reason.zh).toMatch(/; 已纳入联合党组织$/);
    const standalone = req.find((x) => x.rule === 'members3-standalone')!;
    expect(standalone).toMatchObject({ met: false, gapKind: true });
    expect(standalone.reason.zh).toBe(
      '正式党员3名, 有3名以上正式党员的两新组织须单独建立党组织 (001 二.1); 目前仅在联合或挂靠党组织中',
    );
  });

  it('words revenue in 万元 and the zombie clean-up', () => {
    const { req } = reasons(CHANGLE_2011, facts({ employees: 60, revenueYuan: 6_000_000 }));
    expect(req[0]!.reason.zh).toContain('从业人员60人, 年营业收入600万元');
    expect(reasons(SHUNYI_2017, facts({ status: 'zombie' })).summary.zh).toContain('僵尸型');
  });
});

describe('articleEn', () => {
  it('cites a seed article in English and leaves anything else as it is', () => {
    expect(articleEn('000 第六条')).toBe('seed 000 art. 6');
    expect(articleEn('001 第十二条')).toBe('seed 001 art. 12');
    expect(articleEn('001 第二十三条')).toBe('seed 001 art. 23');
    expect(articleEn('local rule 3')).toBe('local rule 3');
  });
});
