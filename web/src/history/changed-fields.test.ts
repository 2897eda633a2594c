import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields.ts';

describe('changedFields', () => {
  it('lists what differs, not the version bookkeeping', () => {
    expect(
      changedFields(
        { employees: 2, name: 'A', version: 1, updatedBy: 'x' },
        { employees: 3, name: 'A', version: 2, updatedBy: 'y' },
      ),
    ).toEqual([{ field: 'employees', before: 2, after: 3 }]);
  });
  it('a create or a close lists every field against nothing', () => {
    expect(changedFields(null, { staff: 2 })).toEqual([
      { field: 'staff', before: undefined, after: 2 },
    ]);
    expect(changedFields({ lon: 1 }, null)).toEqual([
      { field: 'lon', before: 1, after: undefined },
    ]);
  });
});
