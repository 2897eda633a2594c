// The GraphQL explorer, bundled so it works offline (Apollo's landing page loads from a CDN).
// Monaco's workers are set up for Vite by graphiql's own module.
import 'graphiql/setup-workers/vite';
import './graphiql.css';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { authHeaders } from './auth-headers.ts';

const fetcher = createGraphiQLFetcher({ url: '/graphql', headers: authHeaders() });

const EXAMPLE = `# 两新组织党建覆盖地图 · GraphQL
# Ctrl+Enter runs the query. The Docs panel lists every type and field.
{
  districts {
    id
    code
    name
    subdistricts {
      code
      name
      grids {
        code
        name
        organizations(first: 3) {
          totalCount
          nodes { name employees partyMembers }
        }
      }
    }
  }
}
`;

// The page (graphiql.html) is only the shell that loads this module; the explorer's element is
// made here.
const root = document.body.appendChild(document.createElement('div'));
root.id = 'graphiql';

createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />
  </StrictMode>,
);
