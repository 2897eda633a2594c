import { badInput, clip, Reasons } from '../errors.ts';

/** Global ids read `Type:dbId` (e.g. `Grid:12`): opaque to clients, readable in logs. */
export type NodeType =
  | 'District'
  | 'Subdistrict'
  | 'Grid'
  | 'Building'
  | 'Organization'
  | 'PartyOrganization'
  | 'Instructor'
  | 'ServiceCenter'
  | 'BuildingWorkstation'
  | (string & {});

export const toGlobalId = (type: NodeType, id: number): string => `${type}:${id}`;

export function parseGlobalId(globalId: string, field: string): { type: string; id: number } {
  const m = /^([A-Za-z]+):(\d{1,10})$/.exec(globalId);
  const id = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(id) || id > 2147483647) {
    throw badInput(
      field,
      Reasons.MALFORMED_ID,
      `"${clip(globalId)}" is not an id (expected Type:number, e.g. Grid:12)`,
    );
  }
  return { type: m[1]!, id };
}

/** Parses an id that must be of `type`; a well-formed id of another type is a user error. */
export function parseIdOf(type: NodeType, globalId: string, field: string): number {
  const parsed = parseGlobalId(globalId, field);
  if (parsed.type !== type) {
    throw badInput(field, Reasons.WRONG_ID_TYPE, `expected a ${type} id, got a ${parsed.type} id`);
  }
  return parsed.id;
}

/** Keyset cursors encode the last id seen. */
export const toCursor = (id: number) => Buffer.from(`c:${id}`).toString('base64url');

export function parseCursor(cursor: string, field = 'after'): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const m = /^c:(\d{1,10})$/.exec(text);
  if (!m) throw badInput(field, Reasons.MALFORMED_CURSOR, 'not a cursor returned by this API');
  return Number(m[1]);
}
