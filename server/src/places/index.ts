// Public surface of the places concept (service centers, workstations) for other concepts.
export {
  gridOutsideCountsSql,
  outsideCentersJoin,
  outsideCentersLookup,
  type Reach,
} from './center-reach.sql.ts';
