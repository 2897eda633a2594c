import { useCallback, useEffect, useState } from 'react';
import { parseView, serializeView, type ViewState } from '../view/view-state.ts';

/** The view lives in the URL (shareable): read once, written back on every change. */
export function useView(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [view, setView] = useState(() => parseView(window.location.search));
  useEffect(() => {
    const url = `${window.location.pathname}${serializeView(view)}${window.location.hash}`;
    window.history.replaceState(null, '', url);
  }, [view]);
  useEffect(() => {
    const onPop = () => setView(parseView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback(
    (patch: Partial<ViewState>) => setView((v) => ({ ...v, ...patch })),
    [],
  );
  return [view, update];
}
