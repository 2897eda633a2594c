// Public surface of geo: measures on the WGS 84 ellipsoid shared by map, orgs and the demo.
export { degreesAround, metersPerDegree, type MetersPerDegree } from './meters-per-degree.ts';
export { metersPerDegreeSql } from './meters-per-degree.sql.ts';
export { CRS_VALUES, fromWgs84, geometryToWgs84, parseCrs, toWgs84, type Crs } from './crs.ts';
