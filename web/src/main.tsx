import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { graphql } from './__generated__/gql.ts';
import { request } from './api.ts';
import { AuthGate } from './auth/auth-gate.tsx';

const DistrictsQuery = graphql(`
  query Districts {
    districts {
      id
      code
      name
      subdistricts {
        id
        name
      }
    }
  }
`);

/** Placeholder until the map lands: shows the district the API serves. */
function App() {
  const [state, setState] = useState<{ name: string; subs: number } | string>('加载中…');
  useEffect(() => {
    request(DistrictsQuery)
      .then((d) => {
        const first = d.districts[0];
        setState(first ? { name: first.name, subs: first.subdistricts.length } : '尚无数据');
      })
      .catch((e: Error) => setState(`加载失败: ${e.message}`));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', padding: 24 }}>
      <h1>两新组织党建覆盖地图</h1>
      {typeof state === 'string' ? (
        <p>{state}</p>
      ) : (
        <p data-testid="district-name">
          {state.name} · {state.subs} 个街道/镇
        </p>
      )}
      <a href="/graphiql.html">GraphQL</a>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthGate>
      <App />
    </AuthGate>
  </StrictMode>,
);
