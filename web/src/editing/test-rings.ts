import { closeRing, type Pos, type Ring } from './boundary-parts.ts';

/** For the editing tests: the closed ring through `positions` (the first one repeated last). */
export const ring = (...positions: Pos[]): Ring => closeRing(positions);
