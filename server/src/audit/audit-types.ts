/**
 * The closed lists of what the audit log records (issue 11 hole 6, issue 12): each action names
 * the one entity type it is recorded on, and entity types are GraphQL typenames, so the history
 * of an object is one filter whoever wrote it. `audit()` (audit.ts) accepts nothing else; rows
 * written before the lists were closed are unified by migrations/0007_audit_entity_types.sql.
 */
export const AUDIT_ENTITY_TYPES = [
  'Grid',
  'Building',
  'Organization',
  'PartyOrganization',
  'PolicyProfile',
  'CoverageSnapshot',
  'User',
  'LedgerFile',
  'ServiceCenter',
  'BuildingWorkstation',
  'Instructor',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Action -> the entity type it is recorded on. */
export const AUDIT_ACTIONS = {
  'grid.create': 'Grid',
  'grid.boundary.update': 'Grid',
  'grid.boundary.clip': 'Grid',
  /** A neighbour adjusted by a multi-grid save (issue 13): land taken from it or released to it. */
  'grid.boundary.adjust': 'Grid',
  'grid.split': 'Grid',
  'grid.merge': 'Grid',
  'grid.delete': 'Grid',
  'grid.revert': 'Grid',
  'building.grid.reassign': 'Building',
  'organization.grid.reassign': 'Organization',
  'organization.import.create': 'Organization',
  'organization.import.update': 'Organization',
  // issue 16: the ledger kept current from the map
  'organization.create': 'Organization',
  'organization.update': 'Organization',
  'organization.status': 'Organization',
  'organization.move': 'Organization',
  'organization.delete': 'Organization',
  'organization.revert': 'Organization',
  'organization.instructor.assign': 'Organization',
  'organization.instructor.release': 'Organization',
  /** The semiannual check (seed 000 art. 13): checked, nothing to correct. */
  'organization.confirm': 'Organization',
  /** issue 18: an instructor created where a planner accepted a group that needs one more. */
  'instructor.create': 'Instructor',
  /**
   * issue 18: one accepted instructor deployment group: the instructor, its organizations and
   * load before and after; the organizations' own `organization.instructor.assign` entries share
   * its change id (audit group).
   */
  'instructor.deployment.accept': 'Instructor',
  'party_org.found': 'PartyOrganization',
  'party_org.units.add': 'PartyOrganization',
  'party_org.units.remove': 'PartyOrganization',
  'party_org.dissolve': 'PartyOrganization',
  'service_center.create': 'ServiceCenter',
  'service_center.update': 'ServiceCenter',
  'service_center.move': 'ServiceCenter',
  'service_center.close': 'ServiceCenter',
  'workstation.create': 'BuildingWorkstation',
  'workstation.update': 'BuildingWorkstation',
  'workstation.move': 'BuildingWorkstation',
  'workstation.close': 'BuildingWorkstation',
  'ledger.import': 'LedgerFile',
  'profile.create': 'PolicyProfile',
  'profile.update': 'PolicyProfile',
  'snapshot.create': 'CoverageSnapshot',
  'user.create': 'User',
  'user.password.change': 'User',
} as const satisfies Record<string, AuditEntityType>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Boundary changes a revert can undo (audit/revert.ts). */
export type GridBoundaryAction = Extract<
  AuditAction,
  | 'grid.boundary.update'
  | 'grid.boundary.clip'
  | 'grid.boundary.adjust'
  | 'grid.split'
  | 'grid.merge'
  | 'grid.revert'
>;

/** Changes of an organization `revertOrganizationChange` can undo: its edits from the map (issue 16). */
export const REVERTIBLE_ORG_ACTIONS = new Set<string>([
  'organization.update',
  'organization.status',
  'organization.move',
  'organization.revert',
] satisfies AuditAction[]);

/** Can revertOrganizationChange undo this entry? */
export const isRevertibleOrgChange = (e: { entityType: string; action: string }) =>
  e.entityType === 'Organization' && REVERTIBLE_ORG_ACTIONS.has(e.action);

/**
 * The canonical entity type for a spelling from before the lists were closed or from a client
 * (`organization`, `policy_profile`, `grid`), or null when it names none.
 */
export function canonicalEntityType(spelling: string): AuditEntityType | null {
  const key = spelling.replace(/[_\s-]/g, '').toLowerCase();
  return AUDIT_ENTITY_TYPES.find((t) => t.toLowerCase() === key) ?? LEGACY[key] ?? null;
}
const LEGACY: Record<string, AuditEntityType> = {
  profile: 'PolicyProfile',
  snapshot: 'CoverageSnapshot',
  ledger: 'LedgerFile',
};

export const isAuditAction = (s: string): s is AuditAction => Object.hasOwn(AUDIT_ACTIONS, s);
