// Public surface of orgs for other concepts (planning runs its accepts as one ledger edit).
export { runEdit } from './edit-run.ts';
