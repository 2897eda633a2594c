// The ledger's industry codes and Chinese labels are the server's (one list: the codes stored in
// organizations.industry, which the filters send back); only the English names live here, keyed
// by those codes, so a code added on the server fails the web's typecheck until it is named.
import {
  INDUSTRIES,
  INDUSTRY_CODES,
  type IndustryCode,
} from '../../../server/src/ledger/industries.ts';

const EN: Record<IndustryCode, string> = {
  it: 'IT',
  finance: 'Finance',
  business_services: 'Business services',
  real_estate: 'Real estate',
  cultural_creative: 'Cultural & creative',
  express_delivery: 'Express delivery',
  logistics: 'Logistics',
  manufacturing: 'Manufacturing',
  construction: 'Construction',
  wholesale: 'Wholesale',
  retail: 'Retail',
  catering: 'Catering',
  hotel: 'Hotels',
  beauty: 'Beauty',
  auto_repair: 'Auto repair',
  agriculture: 'Agriculture',
  law: 'Law firms',
  accounting: 'Accounting firms',
  tax_agent: 'Tax agents',
  social_work: 'Social work',
  education: 'Private schools',
  healthcare: 'Private hospitals',
  elderly_care: 'Elderly care',
  trade_association: 'Trade associations',
  chamber_of_commerce: 'Chambers of commerce',
  charity: 'Charity',
  other: 'Other',
};

/** Every industry code, in the ledger's order (the filter's options). */
export { INDUSTRY_CODES };

const isCode = (code: string): code is IndustryCode => code in INDUSTRIES;

/** The name of an industry code in the UI language; an unknown code shows as itself. */
export const industryName = (code: string, lang: string): string =>
  isCode(code) ? (lang === 'en' ? EN[code] : INDUSTRIES[code]) : code;
