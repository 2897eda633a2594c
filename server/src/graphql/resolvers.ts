import type { DocumentNode } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { auditResolvers } from '../audit/audit.resolvers.ts';
import { authResolvers } from '../auth/auth.resolvers.ts';
import { editingResolvers } from '../editing/editing.resolvers.ts';
import { geographyResolvers } from '../geography/geography.resolvers.ts';
import { listsResolvers } from '../lists/index.ts';
import { mapResolvers } from '../map/map.resolvers.ts';
import { orgsResolvers } from '../orgs/orgs.resolvers.ts';
import { partyResolvers } from '../party/party.resolvers.ts';
import { placesResolvers } from '../places/places.resolvers.ts';
import { policyResolvers } from '../policy/policy.resolvers.ts';
import { nodeResolvers } from './node.resolvers.ts';
import { scalarResolvers } from './scalars.ts';
import { enumResolvers } from './schema.ts';
import { ledgerResolvers } from '../ledger/ledger.resolvers.ts';
import { snapshotsResolvers } from '../snapshots/snapshots.resolvers.ts';

/** Each concept exports its resolver map; they merge here, type by type. */
const CONCEPTS: Resolvers[] = [
  nodeResolvers,
  geographyResolvers,
  orgsResolvers,
  partyResolvers,
  placesResolvers,
  policyResolvers,
  mapResolvers,
  listsResolvers,
  authResolvers,
  editingResolvers,
  auditResolvers,
  ledgerResolvers,
  snapshotsResolvers,
];

export function buildResolvers(typeDefs: DocumentNode[]): Record<string, unknown> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of CONCEPTS) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return { ...enumResolvers(typeDefs), ...scalarResolvers, ...merged };
}
