import type { Resolvers } from '../__generated__/resolvers.ts';
import { audit } from '../audit/audit.ts';
import { requireSignedIn, requireTakeSnapshot } from '../auth/authorize.ts';
import { badInput, notFound } from '../errors.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { parseScope, requireProfile } from '../policy/index.ts';
import {
  compareSnapshots,
  getSnapshot,
  listSnapshots,
  snapshotScopes,
  takeSnapshot,
  type SnapshotChangeRow,
  type SnapshotRow,
} from './snapshots.sql.ts';

/** Reasons of the input errors of snapshot comparisons. */
export const SNAPSHOT_REASONS = { PROFILE_MISMATCH: 'PROFILE_MISMATCH' } as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    snapshots: (typeof SNAPSHOT_REASONS)[keyof typeof SNAPSHOT_REASONS];
  }
}

export interface ComparisonModel {
  from: SnapshotRow;
  to: SnapshotRow;
  newlyCovered: SnapshotChangeRow[];
  newlyCoveredCount: number;
  newlyBlank: SnapshotChangeRow[];
  newlyBlankCount: number;
}

const SCOPE_TYPE = { district: 'District', subdistrict: 'Subdistrict', grid: 'Grid' } as const;

export const snapshotsResolvers: Resolvers = {
  Query: {
    coverageSnapshots: async (_, { profile }, ctx) => {
      requireSignedIn(ctx);
      const p = profile ? await requireProfile(ctx, profile) : null;
      return listSnapshots(ctx.database, p?.id ?? null);
    },
    compareSnapshots: async (_, args, ctx) => {
      requireSignedIn(ctx);
      const fromId = parseIdOf('CoverageSnapshot', args.from, 'from');
      const toId = parseIdOf('CoverageSnapshot', args.to, 'to');
      const first = args.first ?? 200;
      if (first < 0 || first > 10_000) throw badInput('first', 'OUT_OF_RANGE', 'first: 0..10000');
      const [from, to] = await Promise.all([
        getSnapshot(ctx.database, fromId),
        getSnapshot(ctx.database, toId),
      ]);
      if (!from) throw notFound(`No snapshot ${args.from}.`);
      if (!to) throw notFound(`No snapshot ${args.to}.`);
      if (from.profileId !== to.profileId) {
        throw badInput(
          'to',
          SNAPSHOT_REASONS.PROFILE_MISMATCH,
          'both snapshots must be of the same profile',
        );
      }
      const scope = await parseScope(ctx.database.db, args.scope, 'scope');
      const r = await compareSnapshots(ctx.database, fromId, toId, scope, first);
      return {
        from,
        to,
        newlyCovered: r.newlyCovered,
        newlyCoveredCount: r.counts.covered,
        newlyBlank: r.newlyBlank,
        newlyBlankCount: r.counts.blank,
      };
    },
  },
  Mutation: {
    takeCoverageSnapshot: async (_, { takenOn, label, profile }, ctx) => {
      await requireTakeSnapshot(ctx);
      const p = await requireProfile(ctx, profile);
      const date = takenOn ?? new Date().toISOString().slice(0, 10);
      return ctx.database.db.transaction(async (tx) => {
        const s = await takeSnapshot(ctx.database, tx, p, date, label ?? null, ctx.actor);
        await audit(tx, {
          actor: ctx.actor,
          action: 'snapshot.create',
          entityType: 'CoverageSnapshot',
          entityId: s.id,
          after: s,
        });
        return s;
      });
    },
  },
  CoverageSnapshot: {
    id: (s) => toGlobalId('CoverageSnapshot', s.id),
    profile: (s) => s.profileKey,
    scopes: async (s, { kind }, ctx) =>
      (await snapshotScopes(ctx.database, s.id, kind ?? null)).map((c) => ({
        ...c,
        scope: toGlobalId(SCOPE_TYPE[c.scopeKind as keyof typeof SCOPE_TYPE], c.scopeId),
      })),
  },
  SnapshotChange: {
    organizationId: (c) => toGlobalId('Organization', c.organizationId),
    organization: (c, _, ctx) => ctx.loaders.organization.load(c.organizationId),
  },
};
