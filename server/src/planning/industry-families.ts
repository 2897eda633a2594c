import type { IndustryCode } from '../ledger/industries.ts';

/**
 * "Same or similar industry" (seed 000 art. 6) made concrete: industries of one family are
 * similar. The families follow the GB/T 4754-2017 sections the ledger's classes come from
 * (ledger/industry-aliases.ts), with the professional-service intermediaries of seed 000 kept
 * together. An industry in no family is similar to none but itself.
 */
const FAMILIES: readonly (readonly IndustryCode[])[] = [
  ['law', 'accounting', 'tax_agent', 'business_services', 'finance', 'real_estate'],
  ['express_delivery', 'logistics'],
  ['retail', 'wholesale', 'catering', 'hotel', 'beauty', 'auto_repair'],
  ['it', 'cultural_creative'],
  ['manufacturing', 'construction', 'agriculture'],
  ['social_work', 'elderly_care', 'charity', 'education', 'healthcare'],
  ['trade_association', 'chamber_of_commerce'],
];

const FAMILY = new Map<string, number>();
FAMILIES.forEach((f, i) => f.forEach((code) => FAMILY.set(code, i)));

/** 0 for the same industry, 0.5 for the same family, 1 otherwise. */
export function industryDistance(a: string, b: string): 0 | 0.5 | 1 {
  if (a === b) return 0;
  const fa = FAMILY.get(a);
  return fa !== undefined && fa === FAMILY.get(b) ? 0.5 : 1;
}
