import type { AuditFilter, Resolvers } from '../__generated__/resolvers.ts';
import { requireSignedIn } from '../auth/authorize.ts';
import { badInput, Reasons } from '../errors.ts';
import { editResult } from '../editing/index.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  canonicalEntityType,
  isAuditAction,
  isRevertibleOrgChange,
  type AuditEntityType,
} from './audit-types.ts';
import {
  gridBoundaryAsOf,
  listAudit,
  type AuditFilterArgs,
  type AuditView,
} from './history.sql.ts';
import { revertChange } from './revert.ts';

/** Reasons of the input errors of the audit log and reverts. */
export const AUDIT_REASONS = {
  MALFORMED_DATE: 'MALFORMED_DATE',
  UNKNOWN_ENTITY_TYPE: 'UNKNOWN_ENTITY_TYPE',
  UNKNOWN_ACTION: 'UNKNOWN_ACTION',
  NOT_REVERTIBLE: 'NOT_REVERTIBLE',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    audit: (typeof AUDIT_REASONS)[keyof typeof AUDIT_REASONS];
  }
}

const view = (e: AuditView) => ({
  ...e,
  id: toGlobalId('AuditEntry', e.id),
  revertible: isRevertibleOrgChange(e),
});

function page(first: number | null | undefined, offset: number | null | undefined) {
  const f = first ?? 50;
  const o = offset ?? 0;
  if (!Number.isInteger(f) || f < 1 || f > 500) {
    throw badInput('first', Reasons.OUT_OF_RANGE, 'must be within 1..500');
  }
  if (!Number.isInteger(o) || o < 0) throw badInput('offset', Reasons.OUT_OF_RANGE, 'must be >= 0');
  return { f, o };
}

function date(v: Date | string, field: string): Date {
  const d = new Date(v);
  if (Number.isNaN(d.getTime()))
    throw badInput(field, AUDIT_REASONS.MALFORMED_DATE, 'is not a date-time');
  return d;
}

/**
 * Entity types are matched whatever their spelling (`organization` finds `Organization`); an
 * unknown type or action is an input error naming the known ones, not an empty page.
 */
function auditFilter(f: AuditFilter): AuditFilterArgs {
  let entityType: AuditEntityType | null = null;
  if (f.entityType) {
    entityType = canonicalEntityType(f.entityType);
    if (!entityType) {
      throw badInput(
        'filter.entityType',
        AUDIT_REASONS.UNKNOWN_ENTITY_TYPE,
        `expected one of ${AUDIT_ENTITY_TYPES.join(', ')}`,
      );
    }
  }
  if (f.action && !isAuditAction(f.action)) {
    throw badInput(
      'filter.action',
      AUDIT_REASONS.UNKNOWN_ACTION,
      `expected one of ${Object.keys(AUDIT_ACTIONS).join(', ')}`,
    );
  }
  return { ...f, entityType };
}

/** The `history(first)` field of a card's object: its audit entries, newest first. */
const historyOf =
  (entityType: AuditEntityType) =>
  async (o: { id: number }, { first }: { first?: number | null }, ctx: Context) => {
    const { f } = page(first, 0);
    const r = await listAudit(ctx.database, { entityType, entityId: String(o.id) }, f, 0);
    return r.nodes.map(view);
  };

export const auditResolvers: Resolvers = {
  Organization: { history: historyOf('Organization') },
  PartyOrganization: { history: historyOf('PartyOrganization') },
  ServiceCenter: { history: historyOf('ServiceCenter') },
  BuildingWorkstation: { history: historyOf('BuildingWorkstation') },
  Query: {
    auditLog: async (_, { filter, first, offset }, ctx) => {
      requireSignedIn(ctx);
      const { f, o } = page(first, offset);
      const r = await listAudit(ctx.database, auditFilter(filter ?? {}), f, o);
      return { nodes: r.nodes.map(view), totalCount: r.totalCount };
    },
    gridBoundaryAsOf: (_, { gridId, at }, ctx) =>
      gridBoundaryAsOf(ctx.database, parseIdOf('Grid', gridId, 'gridId'), date(at, 'at')),
  },
  Grid: {
    history: historyOf('Grid'),
    boundaryAsOf: (g, { at }, ctx) => gridBoundaryAsOf(ctx.database, g.id, date(at, 'at')),
  },
  Mutation: {
    revertChange: async (_, { auditId, options }, ctx) =>
      editResult(
        ctx,
        await revertChange(ctx, parseIdOf('AuditEntry', auditId, 'auditId'), options ?? {}),
      ),
  },
};
