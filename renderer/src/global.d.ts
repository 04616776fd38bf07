/// <reference types="vite/client" />
import type { Envelope } from '../../shared/api/errors';

declare global {
  /** What the sandboxed preload exposes to the page (desktop mode only). */
  interface ProfreestrBridge {
    invoke(name: string, args: unknown, jobId?: string): Promise<Envelope<unknown>>;
    on(event: string, cb: (payload: unknown) => void): () => void;
  }

  interface Window {
    /** Present in the Electron window; absent in browser mode. */
    profreestr?: ProfreestrBridge;
  }
}

export {};
