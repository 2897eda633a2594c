/**
 * Seed 000 art. 6: a joint party organization "generally" covers no more than 15 member units.
 * In force wherever a profile sets no `jointUnitLimit` of its own (the map's over-limit badges,
 * join candidates).
 */
export const DEFAULT_JOINT_UNIT_LIMIT = 15;
