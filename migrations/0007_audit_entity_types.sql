-- Data migration (issue 11 hole 6, issue 12): audit entity types become GraphQL typenames
-- (server/src/audit/audit-types.ts). Boundary edits wrote 'grid' / 'building' / 'organization'
-- and users 'user' while imports wrote 'Organization', which split one object's history in two.
-- Any spelling differing only in case or separators maps to the canonical name.
UPDATE audit_log AS a
SET entity_type = m.canonical
FROM (VALUES
  ('grid', 'Grid'),
  ('building', 'Building'),
  ('organization', 'Organization'),
  ('policyprofile', 'PolicyProfile'),
  ('profile', 'PolicyProfile'),
  ('coveragesnapshot', 'CoverageSnapshot'),
  ('snapshot', 'CoverageSnapshot'),
  ('user', 'User'),
  ('ledgerfile', 'LedgerFile'),
  ('ledger', 'LedgerFile')
) AS m(spelling, canonical)
WHERE lower(translate(a.entity_type, '_- ', '')) = m.spelling
  AND a.entity_type <> m.canonical;
