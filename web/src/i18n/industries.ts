/** Industry codes of the ledger (server/src/ledger/industries.ts) with their names. */
export const INDUSTRY_NAMES: Record<string, { zh: string; en: string }> = {
  it: { zh: '信息技术', en: 'IT' },
  finance: { zh: '金融', en: 'Finance' },
  business_services: { zh: '商务服务', en: 'Business services' },
  real_estate: { zh: '房地产', en: 'Real estate' },
  cultural_creative: { zh: '文化创意', en: 'Cultural & creative' },
  express_delivery: { zh: '快递', en: 'Express delivery' },
  logistics: { zh: '物流', en: 'Logistics' },
  manufacturing: { zh: '制造业', en: 'Manufacturing' },
  construction: { zh: '建筑业', en: 'Construction' },
  wholesale: { zh: '批发', en: 'Wholesale' },
  retail: { zh: '零售', en: 'Retail' },
  catering: { zh: '餐饮', en: 'Catering' },
  hotel: { zh: '住宿', en: 'Hotels' },
  beauty: { zh: '美容美发', en: 'Beauty' },
  auto_repair: { zh: '汽车维修', en: 'Auto repair' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  law: { zh: '律师事务所', en: 'Law firms' },
  accounting: { zh: '会计师事务所', en: 'Accounting firms' },
  tax_agent: { zh: '税务师事务所', en: 'Tax agents' },
  social_work: { zh: '社会工作服务', en: 'Social work' },
  private_school: { zh: '民办学校', en: 'Private schools' },
  private_hospital: { zh: '民办医院', en: 'Private hospitals' },
  elderly_care: { zh: '养老服务', en: 'Elderly care' },
  trade_association: { zh: '行业协会', en: 'Trade associations' },
  chamber_of_commerce: { zh: '商会', en: 'Chambers of commerce' },
  charity: { zh: '公益慈善', en: 'Charity' },
  other: { zh: '其他', en: 'Other' },
};

export const industryName = (code: string, lang: string) =>
  INDUSTRY_NAMES[code]?.[lang === 'en' ? 'en' : 'zh'] ?? code;
