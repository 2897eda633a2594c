import DataLoader from 'dataloader';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { anyOf } from '../db/sql-arrays.ts';
import { users, userScopes } from './auth.tables.ts';
import type { ScopeRef, SessionUser } from './roles.ts';
import { toSessionUser } from './users.sql.ts';

/**
 * `Grid.managers` for every grid of a request in two statements (issue 13: the grid card showed
 * 网格长 "—" for a grid that has a manager): the enabled users with a scope on the grid itself,
 * ordered by id, each with all their scopes.
 */
export function createGridManagersLoader(database: Database) {
  const { db } = database;
  return new DataLoader<number, SessionUser[]>(async (gridIds) => {
    const found = await db
      .select({ gridId: userScopes.nodeId, user: users })
      .from(userScopes)
      .innerJoin(users, eq(users.id, userScopes.userId))
      .where(
        and(
          eq(userScopes.kind, 'grid'),
          anyOf(userScopes.nodeId, gridIds),
          eq(users.disabled, false),
        ),
      )
      .orderBy(asc(users.id));
    const userIds = [...new Set(found.map((r) => r.user.id))];
    const scopes = new Map<number, ScopeRef[]>();
    if (userIds.length) {
      const all = await db
        .select({ userId: userScopes.userId, kind: userScopes.kind, id: userScopes.nodeId })
        .from(userScopes)
        .where(anyOf(userScopes.userId, userIds))
        .orderBy(asc(userScopes.id));
      for (const s of all) {
        const list = scopes.get(s.userId) ?? [];
        list.push({ kind: s.kind, id: s.id });
        scopes.set(s.userId, list);
      }
    }
    const byGrid = new Map<number, SessionUser[]>();
    for (const r of found) {
      const list = byGrid.get(r.gridId) ?? [];
      list.push(toSessionUser(r.user, scopes.get(r.user.id) ?? []));
      byGrid.set(r.gridId, list);
    }
    return gridIds.map((id) => byGrid.get(id) ?? []);
  });
}
