import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, serializeView, type ViewState } from '../view/view-state.ts';

/**
 * The view lives in the URL (shareable): read once, written back on every change. A change of
 * what is shown (scope, selection, list, layers, filters, language) adds a history entry so Back
 * returns to it (issue 15); camera moves only replace the current one.
 */
export function useView(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [view, setView] = useState(() => parseView(window.location.search));
  const shown = useRef(serializeView({ ...view, camera: null }));
  useEffect(() => {
    const url = `${window.location.pathname}${serializeView(view)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      return;
    }
    const next = serializeView({ ...view, camera: null });
    if (next !== shown.current) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    shown.current = next;
  }, [view]);
  useEffect(() => {
    const onPop = () => {
      const v = parseView(window.location.search);
      shown.current = serializeView({ ...v, camera: null });
      setView(v);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback(
    (patch: Partial<ViewState>) => setView((v) => ({ ...v, ...patch })),
    [],
  );
  return [view, update];
}
