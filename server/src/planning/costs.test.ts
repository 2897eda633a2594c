import { describe, expect, it } from 'vitest';
import { SHUNYI_2017 } from '../policy/profiles/index.ts';
import { profileDocument } from '../policy/profile.schema.ts';
import { costsBySubdistrict, joiningCost, newBranchCost } from './costs.ts';

const shunyi = profileDocument.parse(SHUNYI_2017);

describe('proposal costs (seed 000 art. 24)', () => {
  it.each([
    // formal members, kind, members costed, total over 2 years (hand count)
    [0, 'branch', 3, 2 * 10_000 + 2 * 3 * 400],
    [2, 'branch', 3, 2 * 10_000 + 2 * 3 * 400],
    [49, 'branch', 49, 2 * 10_000 + 2 * 49 * 400],
    [50, 'general_branch', 50, 2 * 15_000 + 2 * 50 * 400],
    [100, 'committee', 100, 2 * 20_000 + 2 * 100 * 400],
  ])('a new organization of %i members: %s', (formal, kind, members, total) => {
    expect(newBranchCost(formal, shunyi)).toMatchObject({ kind, members, totalYuan: total });
  });

  it('costs joining units their activity funds only, and nothing without amounts', () => {
    expect(joiningCost(4, shunyi)).toEqual({
      kind: null,
      members: 4,
      startupYuan: 0,
      activityYuanPerYear: 1_600,
      totalYuan: 3_200,
    });
    const none = { ...shunyi, funds: null };
    expect(newBranchCost(5, none)).toBeNull();
    expect(joiningCost(5, none)).toBeNull();
  });

  it('sums per subdistrict', () => {
    const a = newBranchCost(2, shunyi);
    const b = joiningCost(1, shunyi);
    expect(
      costsBySubdistrict([
        { subdistrictId: 2, cost: a, units: 4 },
        { subdistrictId: 1, cost: b, units: 2 },
        { subdistrictId: 2, cost: b, units: 1 },
      ]),
    ).toEqual([
      {
        subdistrictId: 1,
        newOrganizations: 0,
        joiningUnits: 2,
        startupYuan: 0,
        activityYuanPerYear: 400,
        totalYuan: 800,
      },
      {
        subdistrictId: 2,
        newOrganizations: 1,
        joiningUnits: 1,
        startupYuan: 20_000,
        activityYuanPerYear: 1_600,
        totalYuan: 23_200,
      },
    ]);
  });
});
