import { graphql } from '../__generated__/gql.ts';

// The map asks only for its viewport (bbox + zoom); the server aggregates at low zoom.

export const MapGridsQuery = graphql(`
  query MapGrids($viewport: Viewport!, $filter: OrganizationFilter) {
    mapGrids(viewport: $viewport, filter: $filter) {
      id
      code
      name
      subdistrictId
      boundary
      organizations
      organizational
      work
      blankSpots
      gaps
      rate
    }
  }
`);

export const MapOrganizationsQuery = graphql(`
  query MapOrganizations(
    $viewport: Viewport!
    $layer: MapOrgLayer!
    $filter: OrganizationFilter
    $reach: ReachInput
  ) {
    mapOrganizations(viewport: $viewport, layer: $layer, filter: $filter, reach: $reach) {
      aggregated
      total
      cells {
        lon
        lat
        count
        blankSpots
        gaps
      }
      points {
        id
        name
        lon
        lat
        status
      }
    }
  }
`);

export const MapJointBranchesQuery = graphql(`
  query MapJointBranches($viewport: Viewport!) {
    mapJointBranches(viewport: $viewport) {
      aggregated
      total
      cells {
        lon
        lat
        branches
        units
        overLimit
      }
      branches {
        id
        name
        seatLon
        seatLat
        unitCount
        overLimit
        hull
        members {
          id
          name
          lon
          lat
          status
        }
      }
    }
  }
`);

export const MapWorkstationsQuery = graphql(`
  query MapWorkstations($viewport: Viewport!) {
    mapWorkstations(viewport: $viewport) {
      id
      name
      buildingId
      buildingName
      lon
      lat
      organizations
      blankSpots
    }
  }
`);

export const MapServiceCentersQuery = graphql(`
  query MapServiceCenters($viewport: Viewport!) {
    mapServiceCenters(viewport: $viewport) {
      id
      name
      level
      serviceRadiusM
      lon
      lat
    }
  }
`);

export const MapInfoQuery = graphql(`
  query MapInfo {
    mapInfo {
      profileKey
      jointUnitLimit
      walkMetersPerMinute
      basemapUrl
    }
  }
`);

export const HierarchyQuery = graphql(`
  query Hierarchy {
    districts {
      id
      code
      name
      boundary
      subdistricts {
        id
        code
        name
        boundary
        grids {
          id
          code
          name
        }
      }
    }
  }
`);

/** A grid's boundary, to zoom to it (the hierarchy leaves grid boundaries out: ~600 polygons). */
export const GridBoundaryQuery = graphql(`
  query GridBoundary($id: ID!) {
    grid(id: $id) {
      id
      boundary
    }
  }
`);

/** The rates of every grid in the scope's box, to fit the choropleth's classes (rate-scale.ts). */
export const MapGridRatesQuery = graphql(`
  query MapGridRates($viewport: Viewport!, $filter: OrganizationFilter) {
    mapGrids(viewport: $viewport, filter: $filter) {
      id
      rate
    }
  }
`);
