/** What the browser suites look at in the demo district `pnpm start` serves. */

/** The subdistrict the lists, the search and the planning suites scope to. */
export const DEMO_SUBDISTRICT = '胜利街道';

/** DEMO_SUBDISTRICT in an answer to `{ districts { subdistricts { name … } } }`. */
export const demoSubdistrictIn = (answer: any) =>
  answer.districts[0].subdistricts.find((s: { name: string }) => s.name === DEMO_SUBDISTRICT);
