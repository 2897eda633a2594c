// Public surface of party (issue 16's ledger edits) for other concepts (planning accepts through them).
export {
  createInstructor,
  editInstructor,
  MAX_INSTRUCTOR_NAME,
  type InstructorEditOutcome,
} from './instructor-edit.ts';
export type { InstructorRow } from './instructor-edit.sql.ts';
export { addPartyOrgUnits, foundPartyOrganization, type PartyEditOutcome } from './party-edit.ts';
export { loaded } from './party-edit.resolvers.ts';
