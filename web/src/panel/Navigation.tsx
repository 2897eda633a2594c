import { useTranslation } from 'react-i18next';
import { childrenOf, crumbsFor, type Hierarchy } from './breadcrumb.ts';

/** Breadcrumb district > subdistrict > grid; choosing a crumb or a child zooms to it. */
export function Navigation(props: {
  scope: string | null;
  hierarchy: Hierarchy;
  onScope(id: string): void;
}) {
  const { t } = useTranslation();
  const path = crumbsFor(props.scope, props.hierarchy);
  const kids = childrenOf(path, props.hierarchy);
  return (
    <nav className="breadcrumb" data-testid="breadcrumb">
      {path.map((c, i) => (
        <span key={c.id}>
          {i > 0 && ' › '}
          <a data-testid={`crumb-${c.level}`} onClick={() => props.onScope(c.id)}>
            {c.name}
          </a>
        </span>
      ))}
      {kids.length > 0 && (
        <select
          data-testid="scope-children"
          value=""
          onChange={(e) => e.target.value && props.onScope(e.target.value)}
        >
          <option value="">
            › {t(kids[0]!.level === 'grid' ? 'scope.grid' : 'scope.subdistrict')}…
          </option>
          {kids.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      )}
    </nav>
  );
}
