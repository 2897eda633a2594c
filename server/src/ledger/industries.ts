/**
 * Industry codes stored in `organizations.industry`, with the Chinese labels a ledger sheet uses
 * (行业). Policy profiles match on these codes (e.g. seed 000's law, accounting and social-work
 * firms, private schools and hospitals; the priority blank-spot trades cultural_creative and
 * express_delivery).
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

const BY_LABEL = new Map<string, IndustryCode>(
  Object.entries(INDUSTRIES).map(([code, label]) => [label, code as IndustryCode]),
);

/** A sheet's 行业 cell (Chinese label or code) to a code; undefined when unknown. */
export function industryFromCell(cell: string): IndustryCode | undefined {
  const v = cell.trim();
  if (v in INDUSTRIES) return v as IndustryCode;
  return BY_LABEL.get(v);
}
