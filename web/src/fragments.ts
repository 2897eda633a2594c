import { graphql } from './__generated__/gql.ts';

/**
 * Selections that documents in more than one part of the web ask for, defined once. A document
 * spreads one by name (`coverage { ...CoverageVerdict }`); codegen adds the definition to it.
 */

/** An organization's coverage verdict: its kind, and whether it is excluded, a blank spot, a gap. */
export const CoverageVerdictFragment = graphql(`
  fragment CoverageVerdict on OrganizationCoverage {
    coverage
    excluded
    blankSpot
    gap
  }
`);

/** The verdict with its one-line summary in both languages (the card, an edit's before/after). */
export const CoverageSummaryFragment = graphql(`
  fragment CoverageSummary on OrganizationCoverage {
    ...CoverageVerdict
    summary {
      zh
      en
    }
  }
`);
