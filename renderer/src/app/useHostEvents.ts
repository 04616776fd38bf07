import { useEffect, useRef } from 'react';
import type { ApiEvents } from '../../../shared/api/events';
import { subscribe } from '../api';

interface Handlers {
  onRegistryChanged: (payload: ApiEvents['registry.changed']) => void;
  onRegistryUpdated: (payload: ApiEvents['registry.updated']) => void;
  onMenuCommand: (payload: ApiEvents['menu.command']) => void;
}

/** Listens to the host's `registry.changed`, `registry.updated` and `menu.command` for the page's lifetime. */
export function useHostEvents(handlers: Handlers): void {
  // Subscribe once; the ref always points at the latest handlers.
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const stopChanged = subscribe('registry.changed', (p) => ref.current.onRegistryChanged(p));
    const stopUpdated = subscribe('registry.updated', (p) => ref.current.onRegistryUpdated(p));
    const stopMenu = subscribe('menu.command', (p) => ref.current.onMenuCommand(p));
    return () => {
      stopChanged();
      stopUpdated();
      stopMenu();
    };
  }, []);
}
