import type { Resolvers } from '../__generated__/resolvers.ts';
import { getSnapshot } from '../snapshots/snapshots.sql.ts';
import { badInput, Reasons } from '../errors.ts';
import { parseIdOf } from '../graphql/ids.ts';
import type { OrganizationRow } from './orgs.tables.ts';
import { confirmOrganization } from './ledger-check.ts';
import { ledgerChecks, pendingOrganizations } from './ledger-check.sql.ts';

/** At most this many pending organizations per request (the card lists them). */
const MAX_PENDING = 500;

/** The semiannual check (seed 000 art. 13) in the grid card and its "confirmed unchanged" action. */
export const ledgerCheckResolvers: Resolvers = {
  Grid: {
    ledgerCheck: async (g, _, ctx) => (await ledgerChecks(ctx.database.db, [g.id]))[0]!,
  },
  LedgerCheck: {
    since: (c, _, ctx) => (c.snapshotId === null ? null : getSnapshot(ctx.database, c.snapshotId)),
    pending: async (c, a, ctx) => {
      const first = a.first ?? 100;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PENDING) {
        throw badInput('first', Reasons.OUT_OF_RANGE, `must be between 0 and ${MAX_PENDING}`);
      }
      const ids = await pendingOrganizations(ctx.database.db, c, first);
      // batched into one read by the loader; one deleted meanwhile drops out
      const orgs = await Promise.all(ids.map((id) => ctx.loaders.organization.load(id)));
      return orgs.filter((o): o is OrganizationRow => o !== null);
    },
  },
  Mutation: {
    confirmOrganization: async (_, a, ctx) => {
      const out = await confirmOrganization(
        ctx,
        parseIdOf('Organization', a.id, 'id'),
        a.expectedVersion,
      );
      const organization = await ctx.loaders.organization.load(out.id);
      return { organization: organization!, check: out.check };
    },
  },
};
