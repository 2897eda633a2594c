import { badInput, Reasons } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { addPartyOrgUnits, foundPartyOrganization, type PartyEditOutcome } from '../party/index.ts';
import type { StoredProfile } from '../policy/index.ts';
import { partyOrgSubdistrict, unitPlaces } from './planning.sql.ts';

/** Why accepting a proposal or a deployment was refused (`extensions.reason`). */
export const ACCEPT_REASONS = {
  BAD_KEY: 'BAD_KEY',
  SEAT_NOT_FIRST: 'SEAT_NOT_FIRST',
  CROSSES_SUBDISTRICT: 'CROSSES_SUBDISTRICT',
  VERSION_REQUIRED: 'VERSION_REQUIRED',
  /** An organization appears twice in the accepted groups of a deployment. */
  DUPLICATE_ORGANIZATION: 'DUPLICATE_ORGANIZATION',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    planningAccept: (typeof ACCEPT_REASONS)[keyof typeof ACCEPT_REASONS];
  }
}

export interface AcceptInput {
  key: string;
  unitIds: number[];
  name?: string | null;
  memberCount?: number | null;
  secretary?: string | null;
  expectedVersion?: number | null;
}

const KEY = /^(new|join):(\d{1,10})$/;

/**
 * Accepts a joint-branch proposal (issue 18): the plan stored nothing, so the proposal comes back
 * as its key and units. Planning checks what is its own (the key, the seat first, one
 * subdistrict); everything else — units free and active, the profile's unit limit, the member
 * count, the caller's scope, the transaction, the audit and the coverage refresh — is the ledger
 * edit's (party/party-edit.ts), called as it is.
 */
export async function acceptJointBranch(
  ctx: Context,
  input: AcceptInput,
  profile: StoredProfile,
  dryRun: boolean,
): Promise<PartyEditOutcome> {
  const m = KEY.exec(input.key);
  if (!m) {
    throw badInput(
      'input.key',
      ACCEPT_REASONS.BAD_KEY,
      'expected new:<id> or join:<id> (a proposal key)',
    );
  }
  const id = Number(m[2]);
  const ids = input.unitIds;
  if (ids.length === 0)
    throw badInput(
      'input.unitIds',
      Reasons.MISSING_ARGUMENT,
      '至少一个单位 (name at least one unit)',
    );
  const db = ctx.database.db;
  const places = await unitPlaces(db, ids);
  const subs = new Set(ids.map((u) => places.get(u)?.subdistrictId ?? null));
  if (m[1] === 'join') subs.add(await partyOrgSubdistrict(db, id));
  if (subs.size > 1 || subs.has(null)) {
    throw badInput(
      'input.unitIds',
      ACCEPT_REASONS.CROSSES_SUBDISTRICT,
      '联建单位须在同一街道 (the units and the branch must lie in one subdistrict)',
    );
  }
  if (m[1] === 'join') {
    if (input.expectedVersion == null) {
      throw badInput(
        'input.expectedVersion',
        ACCEPT_REASONS.VERSION_REQUIRED,
        'the version the plan read',
      );
    }
    return addPartyOrgUnits(
      { ctx, id, expectedVersion: input.expectedVersion, profile, dryRun },
      ids,
    );
  }
  if (ids[0] !== id) {
    throw badInput(
      'input.unitIds',
      ACCEPT_REASONS.SEAT_NOT_FIRST,
      `the seat Organization:${id} comes first`,
    );
  }
  const seat = places.get(id);
  const formal = ids.reduce((t, u) => t + (places.get(u)?.partyMembers ?? 0), 0);
  return foundPartyOrganization(
    ctx,
    {
      name: input.name?.trim() || `${seat?.name ?? id}等${ids.length}家单位联合党支部`,
      setup: 'joint',
      memberCount: input.memberCount ?? formal,
      secretary: input.secretary ?? null,
      unitIds: ids,
    },
    profile,
    dryRun,
  );
}
