import { asc, eq, inArray, sql } from 'drizzle-orm';
import { writeAudit } from '../audit/audit.ts';
import type { Database, Executor } from '../db/client.ts';
import { badInput, conflict, notFound } from '../errors.ts';
import { policyProfiles, type PolicyProfileRow } from './policy.tables.ts';
import { parseProfile, profileDocument, type ProfileDocument } from './profile.schema.ts';
import { SEED_PROFILES } from './profiles/index.ts';

/** A stored profile with its validated document. */
export interface StoredProfile extends Omit<PolicyProfileRow, 'document'> {
  document: ProfileDocument;
}

export const PROFILE_REASONS = {
  INVALID_PROFILE: 'INVALID_PROFILE',
  KEY_CHANGED: 'KEY_CHANGED',
  DUPLICATE_KEY: 'DUPLICATE_KEY',
} as const;

declare module '../errors.ts' {
  interface InputReasonRegistry {
    profiles: (typeof PROFILE_REASONS)[keyof typeof PROFILE_REASONS];
  }
}

/** Parsed documents by id and version: a summary request should not re-validate its profile. */
const parsed = new Map<string, ProfileDocument>();

export function toStored(row: PolicyProfileRow): StoredProfile {
  const key = `${row.id}:${row.version}:${row.updatedAt.valueOf()}`;
  let document = parsed.get(key);
  if (!document) {
    document = profileDocument.parse(row.document);
    if (parsed.size > 100) parsed.clear();
    parsed.set(key, document);
  }
  return { ...row, document };
}

/** Profiles by id (all when `ids` is undefined), in id order. */
export async function loadProfiles(executor: Executor, ids?: number[]): Promise<StoredProfile[]> {
  const rows = await executor
    .select()
    .from(policyProfiles)
    .where(ids ? inArray(policyProfiles.id, ids.length ? ids : [-1]) : undefined)
    .orderBy(asc(policyProfiles.id));
  return rows.map(toStored);
}

export async function profileByKey(executor: Executor, key: string): Promise<StoredProfile | null> {
  const [row] = await executor.select().from(policyProfiles).where(eq(policyProfiles.key, key));
  return row ? toStored(row) : null;
}

/** Validates a document from a client; BAD_USER_INPUT names `<field>.<path of the bad value>`. */
export function validateProfile(input: unknown, field = 'document'): ProfileDocument {
  const r = parseProfile(input);
  if (!r.ok) {
    const path = r.issue.field ? `${field}.${r.issue.field}` : field;
    throw badInput(path, PROFILE_REASONS.INVALID_PROFILE, r.issue.message);
  }
  return r.profile;
}

/**
 * Upserts the three seed profiles (shunyi-2017, changle-2011, county-plan) on start. A seed
 * profile already stored is left as is, so administrators' edits survive restarts. Returns the
 * ids of profiles it inserted (their coverage needs computing).
 */
export async function ensureSeedProfiles(database: Pick<Database, 'db'>): Promise<number[]> {
  return database.db.transaction(async (tx) => {
    const inserted: number[] = [];
    for (const seed of SEED_PROFILES) {
      const doc = profileDocument.parse(seed);
      const rows = await tx
        .insert(policyProfiles)
        .values({ key: doc.key, name: doc.name, document: doc, updatedBy: 'system' })
        .onConflictDoNothing({ target: policyProfiles.key })
        .returning({ id: policyProfiles.id });
      for (const r of rows) {
        inserted.push(r.id);
        await writeAudit(tx, {
          actor: 'system',
          action: 'profile.create',
          entityType: 'PolicyProfile',
          entityId: r.id,
          after: doc,
          note: 'seed profile',
        });
      }
    }
    return inserted;
  });
}

/** Inserts a new profile (validated); the caller refreshes its coverage in the same transaction. */
export async function createProfile(
  tx: Executor,
  input: unknown,
  actor: string,
): Promise<StoredProfile> {
  const doc = validateProfile(input);
  const [row] = await tx
    .insert(policyProfiles)
    .values({ key: doc.key, name: doc.name, document: doc, updatedBy: actor })
    .onConflictDoNothing({ target: policyProfiles.key })
    .returning();
  if (!row) {
    throw badInput('document.key', PROFILE_REASONS.DUPLICATE_KEY, `profile ${doc.key} exists`);
  }
  await writeAudit(tx, {
    actor,
    action: 'profile.create',
    entityType: 'PolicyProfile',
    entityId: row.id,
    after: doc,
  });
  return toStored(row);
}

/**
 * Replaces a profile's document if `version` is still the stored one (optimistic lock):
 * CONFLICT otherwise, with the current version in `extensions.currentVersion`.
 */
export async function updateProfile(
  tx: Executor,
  key: string,
  version: number,
  input: unknown,
  actor: string,
): Promise<StoredProfile> {
  const doc = validateProfile(input);
  if (doc.key !== key) {
    throw badInput('document.key', PROFILE_REASONS.KEY_CHANGED, `must stay ${key}`);
  }
  const current = await profileByKey(tx, key);
  if (!current) throw notFound(`No profile ${key}.`);
  const [row] = await tx
    .update(policyProfiles)
    .set({
      name: doc.name,
      document: doc,
      version: sql`${policyProfiles.version} + 1`,
      updatedAt: new Date(),
      updatedBy: actor,
    })
    .where(sql`${policyProfiles.key} = ${key} AND ${policyProfiles.version} = ${version}`)
    .returning();
  if (!row) {
    throw conflict(`Profile ${key} was changed by someone else (now version ${current.version}).`, {
      currentVersion: current.version,
    });
  }
  await writeAudit(tx, {
    actor,
    action: 'profile.update',
    entityType: 'PolicyProfile',
    entityId: row.id,
    before: current.document,
    after: doc,
  });
  return toStored(row);
}
