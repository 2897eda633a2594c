import { audit } from '../audit/audit.ts';
import { requireWriteOrganization } from '../auth/authorize.ts';
import type { Context } from '../graphql/context.ts';
import { runEdit } from './edit-run.ts';
import { checkOrgVersion, lockOrganization } from './org-edit.sql.ts';
import { ledgerChecks, markChecked, type LedgerCheckModel } from './ledger-check.sql.ts';

/**
 * "Confirmed unchanged" (seed 000 art. 13): the caller checked the organization during the
 * semiannual check and its facts stand. Scoped like an update (the grid's manager and those above),
 * version-checked so a confirmation cannot cover a change the caller has not seen, audited; the
 * version stays because no fact changed.
 */
export async function confirmOrganization(
  ctx: Context,
  id: number,
  expectedVersion: number,
): Promise<{ id: number; check: LedgerCheckModel | null }> {
  return runEdit(ctx, false, async (tx) => {
    const before = await lockOrganization(tx, id);
    await requireWriteOrganization(ctx, tx, id);
    checkOrgVersion(before, expectedVersion);
    const change = await markChecked(tx, id, ctx.actor);
    await audit(tx, {
      actor: ctx.actor,
      action: 'organization.confirm',
      entityType: 'Organization',
      entityId: id,
      before: { version: before.version, ...change.before },
      after: { version: before.version, ...change.after },
    });
    const gridId = before.gridId === null ? null : Number(before.gridId);
    return { id, check: gridId === null ? null : (await ledgerChecks(tx, [gridId]))[0]! };
  });
}
