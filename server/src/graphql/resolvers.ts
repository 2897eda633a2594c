import type { DocumentNode } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { auditResolvers } from '../audit/audit.resolvers.ts';
import { authResolvers } from '../auth/auth.resolvers.ts';
import { editingResolvers } from '../editing/editing.resolvers.ts';
import { tilingResolvers } from '../editing/tiling.resolvers.ts';
import { geographyResolvers } from '../geography/geography.resolvers.ts';
import { listsResolvers } from '../lists/index.ts';
import { mapResolvers } from '../map/map.resolvers.ts';
import { orgsResolvers } from '../orgs/orgs.resolvers.ts';
import { orgEditResolvers } from '../orgs/org-edit.resolvers.ts';
import { ledgerCheckResolvers } from '../orgs/ledger-check.resolvers.ts';
import { partyEditResolvers } from '../party/party-edit.resolvers.ts';
import { partyResolvers } from '../party/party.resolvers.ts';
import { placeEditResolvers } from '../places/place-edit.resolvers.ts';
import { placesResolvers } from '../places/places.resolvers.ts';
import { planningResolvers } from '../planning/index.ts';
import { policyResolvers } from '../policy/policy.resolvers.ts';
import { searchResolvers } from '../search/index.ts';
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
  tilingResolvers,
  auditResolvers,
  ledgerResolvers,
  snapshotsResolvers,
  orgEditResolvers,
  ledgerCheckResolvers,
  partyEditResolvers,
  placeEditResolvers,
  planningResolvers,
  searchResolvers,
];

/**
 * Every resolver map, in the order they merge type by type (graphql-tools' mergeResolvers, as
 * Apollo does with a list): enum values, scalars, then each concept's map.
 */
export function buildResolvers(typeDefs: DocumentNode[]): Resolvers[] {
  return [enumResolvers(typeDefs), scalarResolvers, ...CONCEPTS];
}
