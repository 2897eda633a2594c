// Public surface of party (issue 16's ledger edits) for other concepts (planning accepts through them).
export { editInstructor, type InstructorEditOutcome } from './instructor-edit.ts';
export { addPartyOrgUnits, foundPartyOrganization, type PartyEditOutcome } from './party-edit.ts';
export { loaded } from './party-edit.resolvers.ts';
