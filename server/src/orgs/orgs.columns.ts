import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { COLUMNS } from '../geography/geography.loaders.ts';

export type OrgColumnKey = keyof typeof COLUMNS.organizations;

const COLUMN_KEYS = new Set(Object.keys(COLUMNS.organizations));

/** Fields that resolve from the row's id alone, or from one foreign-key column. */
const NEEDS: Record<string, OrgColumnKey | null> = {
  __typename: null,
  id: null,
  location: null, // loaded by id when asked (geography.loaders.ts)
  partyOrganization: null,
  instructors: null,
  building: 'buildingId',
  grid: 'gridId',
  subdistrict: 'subdistrictId',
  district: 'districtId',
};

/**
 * The organization columns a connection's selection needs (`nodes { ... }` and
 * `edges { node { ... } }`, through fragments), so a page of 10 names does not read and decode
 * 25 columns per row (issue 14). Null means every column: a field this module does not know
 * (e.g. `coverage`, resolved elsewhere from the whole row) keeps the full row.
 */
export function orgColumnsOf(info: GraphQLResolveInfo | undefined): OrgColumnKey[] | null {
  if (!info) return null;
  // graphql-js passes the same fieldNodes array to every item of a list: compute once per request.
  const known = memo.get(info.fieldNodes);
  if (known !== undefined) return known;
  const cols = columnsOf(info);
  memo.set(info.fieldNodes, cols);
  return cols;
}

const memo = new WeakMap<readonly FieldNode[], OrgColumnKey[] | null>();

function columnsOf(info: GraphQLResolveInfo): OrgColumnKey[] | null {
  const cols = new Set<OrgColumnKey>(['id']);
  const fragments = info.fragments as Record<string, FragmentDefinitionNode>;
  let complete = true;
  const visitOrg = (set: SelectionSetNode | undefined) => {
    walk(set, fragments, (f) => {
      const name = f.name.value;
      if (COLUMN_KEYS.has(name)) cols.add(name as OrgColumnKey);
      else if (name in NEEDS) {
        const need = NEEDS[name];
        if (need) cols.add(need);
      } else complete = false;
    });
  };
  for (const node of info.fieldNodes) {
    walk(node.selectionSet, fragments, (f) => {
      if (f.name.value === 'nodes') visitOrg(f.selectionSet);
      else if (f.name.value === 'edges') {
        walk(f.selectionSet, fragments, (e) => {
          if (e.name.value === 'node') visitOrg(e.selectionSet);
        });
      }
    });
  }
  return complete ? [...cols].sort() : null;
}

/**
 * Whether a connection's selection reads `totalCount` (through fragments): a page that nobody
 * counts sends no count (issue 14). Without `info` (a call from code) the answer is yes.
 */
export function asksTotalCount(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return true;
  let asked = false;
  const fragments = info.fragments as Record<string, FragmentDefinitionNode>;
  for (const node of info.fieldNodes) {
    walk(node.selectionSet, fragments, (f) => {
      if (f.name.value === 'totalCount') asked = true;
    });
  }
  return asked;
}

function walk(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  onField: (f: FieldNode) => void,
  seen = new Set<string>(),
) {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) onField(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, fragments, onField, seen);
    else if (!seen.has(s.name.value) && fragments[s.name.value]) {
      seen.add(s.name.value);
      walk(fragments[s.name.value]!.selectionSet, fragments, onField, seen);
    }
  }
}

/** The drizzle columns for a projection (every column but the geometry when null). */
export function pickOrgColumns(keys: OrgColumnKey[] | null) {
  if (!keys) return COLUMNS.organizations;
  const out: Partial<typeof COLUMNS.organizations> = {};
  for (const k of keys) (out as Record<string, unknown>)[k] = COLUMNS.organizations[k];
  return out as typeof COLUMNS.organizations;
}
