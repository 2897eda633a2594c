// Every table, for drizzle-kit and the typed client. Each concept owns its tables file.
export * from '../geography/geography.tables.ts';
export * from '../orgs/orgs.tables.ts';
export * from '../party/party.tables.ts';
export * from '../places/places.tables.ts';
export * from '../policy/policy.tables.ts';
export * from '../audit/audit.tables.ts';
export * from '../auth/auth.tables.ts';
export * from '../snapshots/snapshots.tables.ts';
