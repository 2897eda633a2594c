/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters =
 * registration authority (1) + organization category (1) + division code (6) + organization code
 * (9, itself with a GB 11714 check character) + check character (1). The alphabet leaves out
 * I, O, Z, S, V; the check character is 31 - (sum of value x weight mod 31), 31 -> 0.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccProblem = 'LENGTH' | 'CHARACTER' | 'CHECKSUM';

/** The check character for the first 17 characters (which must be in the alphabet). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new Error(`not a credit-code character: ${first17[i]}`);
    sum += v * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Why a code is not valid, or null when it is. Expects an upper-cased, trimmed code. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'LENGTH';
  for (const ch of code) if (!USCC_ALPHABET.includes(ch)) return 'CHARACTER';
  return usccCheckChar(code.slice(0, 17)) === code[17] ? null : 'CHECKSUM';
}

export const isValidUscc = (code: string) => usccProblem(code) === null;

/** A code's problem as a reason constant and a message (zh with en), for ledger rows and forms. */
export function usccIssue(code: string): { reason: `USCC_${UsccProblem}`; message: string } | null {
  const p = usccProblem(code);
  if (p === null) return null;
  const message = {
    LENGTH: `须为18位 (must be 18 characters), 实为${code.length}位`,
    CHARACTER: '含非法字符 (I, O, Z, S, V are not used)',
    CHECKSUM: '校验码错误 (check character wrong, GB 32100-2015)',
  }[p];
  return { reason: `USCC_${p}`, message };
}

/** GB 11714 organization-code check character for 8 body characters (0-9, A-Z). */
export function orgCodeCheckChar(body8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body8[i]!;
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * w[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * A valid code for generated data: authority + category (e.g. '91' enterprise, '92' individual
 * business, '51' social group, '52' private non-enterprise unit, '53' foundation, '31' law firm),
 * the division code, and an organization code whose 8-digit body is `serial`.
 */
export function makeUscc(prefix2: string, division6: string, serial: number): string {
  const body = String(serial % 100_000_000).padStart(8, '0');
  const first17 = `${prefix2}${division6}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}
