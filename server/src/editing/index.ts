// Public surface of the editing concept: what other concepts may use (audit's revert answers
// with the same result as an edit).
export { editResult, type BuildingMoveModel } from './editing.resolvers.ts';
