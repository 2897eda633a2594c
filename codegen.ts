import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';

/**
 * Convention: a GraphQL enum value is its database value upper-cased (STREET <-> 'street').
 * The server resolves enums to the lower-case internal values (graphql/schema.ts), and the
 * resolver types say so. ErrorCode is not stored, so it keeps its names.
 */
function lowerCaseEnumValues(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const file of readdirSync('schema').filter((f) => f.endsWith('.graphql'))) {
    for (const def of parse(readFileSync(`schema/${file}`, 'utf8')).definitions) {
      if (def.kind !== Kind.ENUM_TYPE_DEFINITION || def.name.value === 'ErrorCode') continue;
      out[def.name.value] = Object.fromEntries(
        (def.values ?? []).map((v) => [v.name.value, v.name.value.toLowerCase()]),
      );
    }
  }
  return out;
}

// Schema-first: the SDL in schema/ is the contract. Resolver types for the server map GraphQL
// types to drizzle rows; the web gets typed documents. Never edit the generated files.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  overwrite: true,
  generates: {
    'server/src/__generated__/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        useIndexSignature: true,
        enumsAsTypes: true,
        enumValues: lowerCaseEnumValues(),
        contextType: '../graphql/context.ts#Context',
        scalars: {
          GeoJSON: '../db/geojson.ts#Geometry',
          DateTime: 'Date | string',
          Date: 'string',
          JSON: 'unknown',
          ID: 'string',
        },
        mappers: {
          District: '../geography/geography.tables.ts#DistrictRow',
          Subdistrict: '../geography/geography.tables.ts#SubdistrictRow',
          Grid: '../geography/geography.tables.ts#GridRow',
          Building: '../geography/geography.tables.ts#BuildingRow',
          Organization: '../orgs/orgs.tables.ts#OrganizationRow',
          PartyOrganization: '../party/party.tables.ts#PartyOrganizationRow',
          OrganizationCoverageChange: '../party/party-edit.ts#CoverageChange',
          LedgerCheck: '../orgs/ledger-check.sql.ts#LedgerCheckModel',
          Instructor: '../party/party.tables.ts#InstructorRow',
          ServiceCenter: '../places/places.tables.ts#ServiceCenterRow',
          BuildingWorkstation: '../places/places.tables.ts#BuildingWorkstationRow',
          ServiceCenterEditResult: '../places/place-edit.ts#PlaceOutcome',
          WorkstationEditResult: '../places/place-edit.ts#PlaceOutcome',
          PolicyProfile: '../policy/profiles.store.ts#StoredProfile',
          OrganizationCoverage: '../policy/coverage.model.ts#CoverageModel',
          CoverageSummary: '../policy/summary.model.ts#SummaryModel',
          CoverageSnapshot: '../snapshots/snapshots.sql.ts#SnapshotRow',
          SnapshotChange: '../snapshots/snapshots.sql.ts#SnapshotChangeRow',
          SnapshotComparison: '../snapshots/snapshots.resolvers.ts#ComparisonModel',
          User: '../auth/auth.resolvers.ts#UserModel',
          BuildingMove: '../editing/editing.resolvers.ts#BuildingMoveModel',
          TilingViolation: '../editing/tiling.resolvers.ts#TilingViolationModel',
          PlannerListCounts: '../lists/lists.resolvers.ts#ListCountsModel',
          SearchResults: '../search/search.resolvers.ts#SearchModel',
        },
      },
    },
    'web/src/__generated__/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/__generated__/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // What the scalars are on the wire (JSON): dates as ISO strings.
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
  ignoreNoDocuments: true,
};
export default config;
