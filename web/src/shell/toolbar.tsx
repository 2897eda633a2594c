import { createContext, useContext, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A slot in the header for tools other features add (drawing in editing/, the user menu in
 * auth/): render `<ToolbarItem>` anywhere under the app shell and it appears in the toolbar.
 */
const ToolbarContext = createContext<HTMLElement | null>(null);

export function ToolbarProvider({
  children,
}: {
  children: (setHost: (el: HTMLElement | null) => void) => ReactNode;
}) {
  const [host, setHost] = useState<HTMLElement | null>(null);
  return <ToolbarContext.Provider value={host}>{children(setHost)}</ToolbarContext.Provider>;
}

export function ToolbarItem({ children }: { children: ReactNode }) {
  const host = useContext(ToolbarContext);
  return host ? createPortal(children, host) : null;
}
