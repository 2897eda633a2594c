import type { OrganizationFilter, Resolvers } from '../__generated__/resolvers.ts';
import { filterIsSet } from '../orgs/orgs.sql.ts';
import { requireEditProfile } from '../auth/authorize.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { coverageList } from './coverage.list.ts';
import { coverageLoader } from './coverage.model.ts';
import {
  createProfile,
  loadProfiles,
  profileByKey,
  updateProfile,
  type StoredProfile,
} from './profiles.store.ts';
import { requireProfile } from './profile-lookup.ts';
import { refreshCoverage } from './refresh.sql.ts';
import { makeScope, parseScope, type Scope } from './scope.ts';
import { buildSummary, type SummaryModel } from './summary.model.ts';
import { countFilteredPartyOrgs, loadFilteredSummaryRows } from './summary.filtered.sql.ts';
import {
  countPartyOrgs,
  instructorsAssigned,
  jointOverLimit,
  loadSummaryRows,
} from './summary.sql.ts';

async function summarize(
  ctx: Context,
  scope: Scope,
  key?: string | null,
  filter?: OrganizationFilter | null,
): Promise<SummaryModel> {
  const profile = await requireProfile(ctx, key);
  const db = ctx.database.db;
  const needsPartyOrgs = profile.document.targets.some((t) => t.metric === 'party_organizations');
  // Without a filter the roll-ups answer; with one, the kept organizations are counted.
  const f = filterIsSet(filter) ? filter : null;
  const [rows, partyOrgs] = await Promise.all([
    f ? loadFilteredSummaryRows(db, profile, scope, f) : loadSummaryRows(db, profile, scope),
    needsPartyOrgs
      ? f
        ? countFilteredPartyOrgs(db, profile, scope, f)
        : countPartyOrgs(db, profile, scope)
      : Promise.resolve(null),
  ]);
  return { ...buildSummary(profile, scope, rows, partyOrgs), filtered: f != null };
}

const summaryAt =
  (kind: Scope['kind']) =>
  async (parent: { id: number }, args: { profile?: string | null }, ctx: Context) =>
    summarize(ctx, await makeScope(ctx.database.db, kind, parent.id), args.profile);

async function saveAndRefresh(
  ctx: Context,
  write: (
    tx: Parameters<Parameters<Context['database']['db']['transaction']>[0]>[0],
  ) => Promise<StoredProfile>,
) {
  return ctx.database.db.transaction(async (tx) => {
    const saved = await write(tx);
    await refreshCoverage(tx, { all: true, profileIds: [saved.id] });
    return saved;
  });
}

export const policyResolvers: Resolvers = {
  Query: {
    policyProfiles: (_, __, ctx) => loadProfiles(ctx.database.db),
    policyProfile: (_, { key }, ctx) => profileByKey(ctx.database.db, key),
    blankSpots: async (_, args, ctx) => {
      const profile = await requireProfile(ctx, args.profile);
      const scope = await parseScope(ctx.database.db, args.scope);
      return coverageList(ctx, profile, scope, { ...args, kind: args.kind ?? 'blank_spot' });
    },
    cleanupList: async (_, args, ctx) => {
      const profile = await requireProfile(ctx, null);
      const scope = await parseScope(ctx.database.db, args.scope);
      return coverageList(ctx, profile, scope, { ...args, kind: 'excluded' });
    },
    coverageSummary: async (_, args, ctx) =>
      summarize(ctx, await parseScope(ctx.database.db, args.scope), args.profile, args.filter),
  },
  Mutation: {
    createPolicyProfile: async (_, { document }, ctx) => {
      await requireEditProfile(ctx);
      return saveAndRefresh(ctx, (tx) => createProfile(tx, document, ctx.actor));
    },
    updatePolicyProfile: async (_, { key, version, document }, ctx) => {
      await requireEditProfile(ctx);
      return saveAndRefresh(ctx, (tx) => updateProfile(tx, key, version, document, ctx.actor));
    },
  },
  PolicyProfile: {
    id: (p) => toGlobalId('PolicyProfile', p.id),
    nameEn: (p) => p.document.nameEn,
    source: (p) => p.document.source,
    rules: (p) =>
      p.document.rules.map((r) => ({
        id: r.id,
        article: r.article,
        label: r.label,
        requirement: r.requires.kind,
        count: r.requires.count ?? null,
        condition: r.when,
      })),
    targets: (p) => p.document.targets,
    jointUnitLimit: (p) => p.document.jointUnitLimit,
    orgsPerInstructor: (p) => p.document.orgsPerInstructor,
  },
  CoverageSummary: {
    jointOverLimit: async (s, _, ctx) => {
      const limit = s.stored.document.jointUnitLimit;
      if (limit == null) return [];
      const rows = await jointOverLimit(ctx.database.db, s.scope, limit);
      const pos = await ctx.loaders.partyOrganization.loadMany(
        rows.map((r) => r.partyOrganizationId),
      );
      return rows.flatMap((r, i) => {
        const po = pos[i];
        return po && !(po instanceof Error)
          ? [{ partyOrganization: po, units: r.units, limit }]
          : [];
      });
    },
    instructorsAssigned: (s, _, ctx) => instructorsAssigned(ctx.database.db, s.scope),
  },
  Organization: {
    coverage: async (o, args, ctx) => {
      const profile = await requireProfile(ctx, args.profile);
      const m = await coverageLoader(ctx, profile).load(o.id);
      if (!m) throw new Error(`Organization ${o.id} vanished while being read`);
      return m;
    },
  },
  District: { coverageSummary: summaryAt('district') },
  Subdistrict: { coverageSummary: summaryAt('subdistrict') },
  Grid: { coverageSummary: summaryAt('grid') },
  Building: { coverageSummary: summaryAt('building') },
};
