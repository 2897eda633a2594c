/**
 * Defaults and bounds of the planning help (issue 18). Every request may override the defaults
 * within the bounds; the bounds keep one request's work small (proposals are computed on demand,
 * nothing is stored).
 */

/** Member-to-seat radius of a proposed joint branch ("adjacent in space", seed 000 art. 6). */
export const DEFAULT_RADIUS_M = 1_000;
export const MAX_RADIUS_M = 5_000;

/**
 * An instructor's organizations lie within this radius of its centre (seed 000 art. 20 names no
 * distance; 3 km is a short ride within a subdistrict).
 */
export const DEFAULT_INSTRUCTOR_RADIUS_M = 3_000;

/**
 * Extra cost, in metres, of pairing a member with a seat of another industry (half of it for an
 * industry of the same family, industry-families.ts): "same or similar industry" (seed 000 art. 6)
 * as a preference, not a wall. 300 m: a same-industry partner 300 m farther is as good.
 */
export const DEFAULT_INDUSTRY_PENALTY_M = 300;

/**
 * Cost, in metres, of founding one more joint branch (start-up funds of seed 000 art. 24): a new
 * branch must save at least this much walking, otherwise members join an existing one.
 */
export const DEFAULT_BRANCH_COST_M = 300;

/** Components up to this many organizations are solved exactly with HiGHS (MILP in WASM). */
export const EXACT_MAX_ORGS = 50;

/**
 * ... and only with at most this many existing joint branches in reach: a dense district has
 * thousands around a few candidates, and the model (a variable per point and branch in reach)
 * then spent the whole time limit on a handful of organizations (26 s for 86 at 1M).
 */
export const EXACT_MAX_EXISTING = 200;

/** HiGHS time limit per component (seconds); past it the incumbent is kept and flagged. */
export const EXACT_TIME_LIMIT_S = 5;

/** The heuristic keeps this many nearest partners per organization (within the radius). */
export const HEURISTIC_NEIGHBOURS = 48;

/**
 * Parts larger than this are split into tiles of at most this many organizations, each searched
 * on its own (tiles.ts): the work then grows linearly with the scope.
 */
export const TILE_MAX_ORGS = 150;

/** Restarts of the heuristic (seeded orders, best kept): small parts and tiles. */
export const RESTARTS_SMALL = 8;
export const RESTARTS_TILE = 2;
/** Parts up to this size get RESTARTS_SMALL. */
export const SMALL_PART_ORGS = 50;

/**
 * From this many candidates on, a plan's searches run on worker threads (one per core); below,
 * starting the workers (~0.3 s each) costs more than it saves.
 */
export const POOL_MIN_ORGS = 20_000;

/**
 * The quick pass (one local search per piece: a complete answer) runs to its end even past the
 * request's time limit, up to this long; the limit bounds the improvement phases after it.
 */
export const QUICK_PASS_MAX_MS = 50_000;

/** Wall-clock budget of one planning request's improvement phases, and its upper bound. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;
export const MAX_TIME_LIMIT_MS = 30_000;

/** A joint branch needs at least two member units (one unit alone is a standalone case). */
export const MIN_JOINT_UNITS = 2;

/** Party practice: 3 formal members found a branch (DOMAIN.md); fewer have no standalone prospect. */
export const STANDALONE_MIN_MEMBERS = 3;

/** Organizations one planning request may consider (bounded work, issue 11). */
export const MAX_PLANNING_ORGS = 200_000;

/**
 * Candidates one joint-branch plan may consider: a whole district of 1M organizations has ~275k
 * (shunyi-2017) to ~350k (county-plan) of them, planned in well under a minute on two cores
 * (docs/planning.md); the quick pass stays linear, so this bounds the work.
 */
export const MAX_JOINT_PLANNING_ORGS = 500_000;

/** Service-center siting: new sites per request and candidate sites considered. */
export const MAX_NEW_SITES = 50;
export const MAX_CANDIDATE_SITES = 20_000;
/** Siting instances up to this many candidates x points are also solved exactly with HiGHS. */
export const SITING_EXACT_MAX_CANDIDATES = 300;

/** Organizations one accepted instructor deployment may assign (one transaction, bounded). */
export const MAX_ACCEPT_ORGS = 500;
