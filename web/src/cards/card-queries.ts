import { graphql } from '../__generated__/gql.ts';

export const OrgCardQuery = graphql(`
  query OrgCard($id: ID!) {
    organization(id: $id) {
      id
      canEdit
      name
      uscc
      category
      subKind
      industry
      status
      employees
      partyMembers
      address
      hasTradeUnion
      hasYouthLeague
      hasWomensFederation
      building {
        id
        name
      }
      grid {
        id
        name
      }
      partyOrganization {
        id
        name
        isJoint
      }
      instructors {
        id
        name
      }
      coverage {
        ...CoverageSummary
        requirements {
          rule
          article
          met
          reason {
            zh
            en
          }
        }
      }
    }
  }
`);

export const BuildingCardQuery = graphql(`
  query BuildingCard($id: ID!) {
    building(id: $id) {
      id
      name
      address
      floors
      workstation {
        id
        name
        staff
      }
      organizations(first: 200) {
        totalCount
        nodes {
          id
          name
          employees
          coverage {
            ...CoverageVerdict
          }
        }
      }
    }
  }
`);

export const NodeCardQuery = graphql(`
  query NodeCard($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on PartyOrganization {
        name
        secretary
        memberCount
        unitCount
        isJoint
        units {
          id
          name
          industry
          employees
        }
      }
      ... on ServiceCenter {
        name
        level
        floorAreaM2
        serviceRadiusM
        address
      }
      ... on Grid {
        name
        code
        managerName
        managers {
          id
          username
          displayName
        }
        coverageSummary {
          total
          organizational
          blankSpots
          gaps
          organizationalRate
        }
      }
    }
  }
`);

export const ProfileLimitQuery = graphql(`
  query ProfileLimit($key: String!) {
    policyProfile(key: $key) {
      key
      name
      nameEn
      jointUnitLimit
    }
  }
`);

export const JoinCandidatesQuery = graphql(`
  query JoinCandidates($id: ID!) {
    mapJoinCandidates(organizationId: $id, withinMeters: 1000) {
      id
      name
      unitCount
      room
      distanceM
      sameIndustry
    }
  }
`);
