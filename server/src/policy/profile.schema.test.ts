import { describe, expect, it } from 'vitest';
import { parseProfile } from './profile.schema.ts';
import { SEED_PROFILES, SHUNYI_2017 } from './profiles/index.ts';

const issueOf = (doc: unknown) => {
  const r = parseProfile(doc);
  if (r.ok) throw new Error('expected an invalid profile');
  return r.issue;
};
const shunyi = () => structuredClone(SHUNYI_2017) as Record<string, any>;

describe('profile schema', () => {
  it('accepts the three seed profiles', () => {
    for (const p of SEED_PROFILES) expect(parseProfile(p).ok).toBe(true);
  });

  it.each([
    [
      'a negative threshold',
      (d: any) => (d.rules[2].when.employees.min = -1),
      'rules.2.when.employees.min',
    ],
    [
      'min above max',
      (d: any) => (d.rules[1].when.employees = { min: 80, max: 79 }),
      'rules.1.when.employees.min',
    ],
    ['an empty range', (d: any) => (d.rules[1].when.employees = {}), 'rules.1.when.employees'],
    [
      'an unknown requirement',
      (d: any) => (d.rules[0].requires.kind = 'miracle'),
      'rules.0.requires.kind',
    ],
    [
      'an unknown sub-kind',
      (d: any) => (d.rules[0].when.subKinds = ['state_owned']),
      'rules.0.when.subKinds.0',
    ],
    ['a duplicate rule id', (d: any) => (d.rules[1].id = d.rules[0].id), 'rules.1.id'],
    ['a rate target above 1', (d: any) => (d.targets[0].min = 90), 'targets.0.min'],
    ['a joint limit of 1', (d: any) => (d.jointUnitLimit = 1), 'jointUnitLimit'],
    ['no rules', (d: any) => (d.rules = []), 'rules'],
    ['a bad key', (d: any) => (d.key = 'Shunyi 2017'), 'key'],
  ])('refuses %s with the path of the bad field', (_name, mutate, path) => {
    const d = shunyi();
    mutate(d);
    expect(issueOf(d).field).toBe(path);
  });

  it('refuses more rules than the 31 bits of the stored masks', () => {
    const d = shunyi();
    d.rules = Array.from({ length: 32 }, (_, i) => ({ ...d.rules[0], id: `r${i}` }));
    expect(issueOf(d).field).toBe('rules');
  });

  it('refuses unknown fields instead of ignoring them', () => {
    const d = shunyi();
    d.rules[0].when.employeez = { min: 5 };
    expect(issueOf(d).field).toBe('rules.0.when');
  });
});
