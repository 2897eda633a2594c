import { GB_DIVISIONS, GB_SECTIONS, SHORT_FORMS } from './industry-aliases.ts';

/**
 * Industry codes stored in `organizations.industry`, with the Chinese labels a ledger sheet uses
 * (行业). Policy profiles match on these codes (e.g. seed 000's law, accounting and social-work
 * firms, private schools and hospitals; the priority blank-spot trades cultural_creative and
 * express_delivery). A cell may also give a GB/T 4754-2017 code or name or a short form
 * (industry-aliases.ts).
 */
export const INDUSTRIES = {
  it: '信息技术',
  finance: '金融',
  business_services: '商务服务',
  real_estate: '房地产',
  cultural_creative: '文化创意',
  express_delivery: '快递',
  logistics: '物流',
  manufacturing: '制造业',
  construction: '建筑业',
  wholesale: '批发',
  retail: '零售',
  catering: '餐饮',
  hotel: '住宿',
  beauty: '美容美发',
  auto_repair: '汽车维修',
  agriculture: '农业',
  law: '律师事务所',
  accounting: '会计师事务所',
  tax_agent: '税务师事务所',
  social_work: '社会工作服务',
  education: '民办学校',
  healthcare: '民办医院',
  elderly_care: '养老服务',
  trade_association: '行业协会',
  chamber_of_commerce: '商会',
  charity: '公益慈善',
  other: '其他',
} as const satisfies Record<string, string>;

export type IndustryCode = keyof typeof INDUSTRIES;

export const INDUSTRY_CODES = Object.keys(INDUSTRIES) as IndustryCode[];

/** Every accepted spelling (labels, GB names, short forms) to its class; codes are parsed. */
const BY_TEXT = new Map<string, IndustryCode>();
for (const [, name, code] of [...GB_SECTIONS, ...GB_DIVISIONS]) BY_TEXT.set(name, code);
for (const [text, code] of Object.entries(SHORT_FORMS)) BY_TEXT.set(text, code);
// the stored labels last: they win over a GB name spelled the same
for (const [code, label] of Object.entries(INDUSTRIES)) BY_TEXT.set(label, code as IndustryCode);
const SECTION = new Map(GB_SECTIONS.map(([letter, , code]) => [letter, code]));
const DIVISION = new Map(GB_DIVISIONS.map(([two, , code]) => [two, code]));
export function sectionOf(division: number): string | undefined {
  if (division < 1 || division > 97) return undefined;
  return GB_SECTIONS.filter(([, , , first]) => first <= division).pop()?.[0];
}

/** `C`, `C13`, `13`, `C1310`, `1310` (class codes are read by their division). */
function fromGbCode(v: string): IndustryCode | undefined {
  const m = /^([A-T])?(\d{2})(\d{1,2})?$/i.exec(v);
  if (!m) return /^[A-T]$/i.test(v) ? SECTION.get(v.toUpperCase()) : undefined;
  const letter = m[1]?.toUpperCase();
  if (letter && sectionOf(Number(m[2])) !== letter) return undefined;
  return DIVISION.get(m[2]!);
}

/** A sheet's 行业 cell (label, code, GB/T 4754 code or name, short form); undefined if unknown. */
export function industryFromCell(cell: string): IndustryCode | undefined {
  const v = cell.replace(/\s+/g, '');
  if (v in INDUSTRIES) return v as IndustryCode;
  const found = BY_TEXT.get(v) ?? BY_TEXT.get(v.toUpperCase()) ?? fromGbCode(v);
  if (found) return found;
  // "物流行业", "教育业", "快递服务业": the same trade with a generic ending
  const stem = v.replace(/(行业|服务业|业)$/, '');
  return stem !== v && stem !== '' ? (BY_TEXT.get(stem) ?? BY_TEXT.get(`${stem}业`)) : undefined;
}

function editDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The accepted spellings closest to an unknown cell, for the error message: most shared
 * characters first, then the smallest edit distance. Empty when nothing shares a character.
 */
export function closestIndustryLabels(cell: string, count = 3): string[] {
  const chars = [...cell.slice(0, 50)];
  const set = new Set(chars);
  const scored: { text: string; shared: number; dist: number }[] = [];
  for (const text of BY_TEXT.keys()) {
    const own = [...text];
    const shared = new Set(own.filter((c) => set.has(c))).size;
    if (shared > 0) scored.push({ text, shared, dist: editDistance(chars, own) });
  }
  scored.sort((a, b) => b.shared - a.shared || a.dist - b.dist || a.text.localeCompare(b.text));
  return scored.slice(0, count).map((s) => s.text);
}
