import type { CoverageKind, Evaluation, OrgFacts } from './evaluate.ts';
import { GAP_KINDS, type Condition, type ProfileDocument, type Rule } from './profile.schema.ts';

/** Human-readable reasons in Chinese and English, worded from the rule data and the facts. */
export interface Localized {
  zh: string;
  en: string;
}

export interface RequirementResult {
  rule: string;
  article: string;
  kind: Rule['requires']['kind'];
  count: number | null;
  met: boolean;
  gapKind: boolean;
  reason: Localized;
}

const yuan = (n: number) => (n % 10_000 === 0 ? `${n / 10_000}万元` : `${n}元`);

/** The facts a condition looks at, e.g. "从业人员112人" / "112 employees". */
function factsText(c: Condition, f: OrgFacts): Localized {
  const zh: string[] = [];
  const en: string[] = [];
  if (c.employees) {
    zh.push(`从业人员${f.employees}人`);
    en.push(`${f.employees} employees`);
  }
  if (c.partyMembers) {
    zh.push(`正式党员${f.partyMembers}名`);
    en.push(`${f.partyMembers} formal party members`);
  }
  if (c.revenueYuan) {
    zh.push(f.revenueYuan == null ? '营业收入未知' : `年营业收入${yuan(f.revenueYuan)}`);
    en.push(
      f.revenueYuan == null
        ? 'revenue unknown'
        : `revenue ${f.revenueYuan.toLocaleString('en')} yuan`,
    );
  }
  if (c.memberUnits) {
    zh.push(f.memberUnits == null ? '会员单位数未知' : `会员单位${f.memberUnits}家`);
    en.push(f.memberUnits == null ? 'member units unknown' : `${f.memberUnits} member units`);
  }
  if (c.activists) {
    zh.push(`入党积极分子${f.activists}名`);
    en.push(`${f.activists} activists`);
  }
  return { zh: zh.join(', '), en: en.join(', ') };
}

function demand(rule: Rule): Localized {
  const n = rule.requires.count ?? 1;
  switch (rule.requires.kind) {
    case 'member':
      return n > 1
        ? { zh: `须有${n}名以上党员`, en: `must have ${n} or more party members` }
        : { zh: '须有党员', en: 'must have a party member' };
    case 'party_org':
      return { zh: '须建立党组织', en: 'must have a party organization' };
    case 'standalone_party_org':
      return { zh: '须单独建立党组织', en: 'must found its own party organization' };
    case 'work_coverage':
      return {
        zh: '须实现党的工作覆盖(选派指导员或建立工青妇组织)',
        en: 'must have work coverage (an instructor or mass organizations)',
      };
    case 'activists':
      return { zh: `须有${n}名以上入党积极分子`, en: `must have ${n} or more activists` };
  }
}

const NO_WORK: Localized = {
  zh: '无指导员, 无工青妇组织',
  en: 'no instructor, no mass organizations',
};

function workText(f: OrgFacts, e: Evaluation): Localized {
  if (e.coverage === 'organizational') return { zh: '已有党组织', en: 'has a party organization' };
  if (f.hasInstructor) return { zh: '已选派党建工作指导员', en: 'an instructor is assigned' };
  if (e.hasMassOrgs) return { zh: '已建立工青妇组织', en: 'has mass organizations' };
  return NO_WORK;
}

function status(rule: Rule, met: boolean, f: OrgFacts, e: Evaluation): Localized {
  const po = f.partyOrg;
  switch (rule.requires.kind) {
    case 'member':
      return met
        ? { zh: `已有党员${f.partyMembers}名`, en: `has ${f.partyMembers}` }
        : {
            zh: f.partyMembers ? `仅有${f.partyMembers}名` : '尚无党员',
            en: `has ${f.partyMembers}`,
          };
    case 'party_org':
      if (met && po?.isJoint) return { zh: '已纳入联合党组织', en: 'covered by a joint one' };
      if (met && po?.isAttached) return { zh: '已挂靠党组织', en: 'attached to one' };
      if (met) return { zh: '已建立', en: 'has its own' };
      return e.coverage === 'work'
        ? { zh: `尚未建立; ${workText(f, e).zh}`, en: `has none; ${workText(f, e).en}` }
        : { zh: `尚未建立; ${NO_WORK.zh}`, en: `has none; ${NO_WORK.en}` };
    case 'standalone_party_org':
      if (met) return { zh: '已单独建立', en: 'has its own' };
      return po
        ? { zh: '目前仅在联合或挂靠党组织中', en: 'only in a joint or attached one' }
        : { zh: '尚未建立', en: 'has none' };
    case 'work_coverage':
      return workText(f, e);
    case 'activists':
      return { zh: `现有${f.activists}名`, en: `has ${f.activists}` };
  }
}

/** Each rule that applies, whether it is met, and why (bits from the evaluation). */
export function describeRequirements(
  profile: ProfileDocument,
  f: OrgFacts,
  e: Evaluation,
): RequirementResult[] {
  const out: RequirementResult[] = [];
  profile.rules.forEach((rule, i) => {
    if (!(e.applicable & (1 << i))) return;
    const met = !(e.unmet & (1 << i));
    const facts = factsText(rule.when, f);
    const d = demand(rule);
    const s = status(rule, met, f, e);
    out.push({
      rule: rule.id,
      article: rule.article,
      kind: rule.requires.kind,
      count: rule.requires.count ?? null,
      met,
      gapKind: GAP_KINDS.includes(rule.requires.kind),
      reason: {
        zh: `${facts.zh ? `${facts.zh}, ` : ''}${rule.label.zh}${d.zh} (${rule.article}); ${s.zh}`,
        en: `${facts.en ? `${facts.en}: ` : ''}${rule.label.en} ${d.en} (${articleEn(rule.article)}); ${s.en}`,
      },
    });
  });
  return out;
}

const COVERAGE_TEXT: Record<CoverageKind, Localized> = {
  organizational: { zh: '组织覆盖', en: 'organizational coverage' },
  work: { zh: '工作覆盖', en: 'work coverage' },
  none: {
    zh: '空白点: 无党组织, 无指导员, 无工青妇组织',
    en: 'blank spot: no party organization, no instructor, no mass organizations',
  },
};

/** One sentence: the coverage, or why the organization is excluded, and the unmet rules. */
export function summarize(
  f: OrgFacts,
  e: Evaluation,
  requirements: RequirementResult[],
): Localized {
  if (e.isExcluded) {
    return f.status === 'zombie'
      ? {
          zh: '僵尸型组织, 应从台账注销 (000 第七条)',
          en: 'zombie organization: deregister it from the ledger (000 art. 7)',
        }
      : { zh: '已注销, 不计入覆盖', en: 'deregistered: not counted' };
  }
  const base = COVERAGE_TEXT[e.coverage];
  const gaps = requirements.filter((r) => r.gapKind && !r.met);
  if (gaps.length === 0) return base;
  return {
    zh: `${base.zh}; 未达标: ${gaps.map((g) => g.reason.zh).join('; ')}`,
    en: `${base.en}; gap: ${gaps.map((g) => g.reason.en).join('; ')}`,
  };
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A small Chinese numeral (1..99: 六, 十二, 二十三) as a number, or null. */
function cnNumber(text: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  if (!m[2]) return m[1] && !m[3] ? CN_DIGITS[m[1]]! : null;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

/** A seed article cited in a reason, for English readers: "000 第六条" -> "seed 000 art. 6". */
export function articleEn(article: string): string {
  const m = /^(\d{3}) 第(.+)条(.*)$/.exec(article);
  const n = m ? cnNumber(m[2]!) : null;
  return m && n != null ? `seed ${m[1]} art. ${n}${m[3]}` : article;
}
