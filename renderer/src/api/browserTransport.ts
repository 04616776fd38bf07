import { ApiError } from './apiError';
import { API_TEXT } from './strings';
import type { Transport } from './transport';

type Listener = (payload: unknown) => void;

/**
 * Browser mode: calls are same-origin POSTs (the host's HttpOnly cookie authenticates them) and
 * events come over one shared EventSource, which reconnects by itself if the host restarts.
 */
export function createBrowserTransport(): Transport {
  const listeners = new Map<string, Set<Listener>>();
  let source: EventSource | null = null;

  function ensureEventSource(): void {
    if (source) return;
    source = new EventSource('/api/events');
    source.onmessage = (message: MessageEvent<string>) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(message.data);
      } catch {
        return;
      }
      if (typeof parsed !== 'object' || parsed === null || !('name' in parsed)) return;
      const name = parsed.name;
      if (typeof name !== 'string') return;
      const payload = 'payload' in parsed ? parsed.payload : undefined;
      for (const cb of listeners.get(name) ?? []) cb(payload);
    };
  }

  return {
    async invoke(name, args, jobId) {
      let response: Response;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name, args, jobId }),
        });
      } catch {
        throw new ApiError('internal', API_TEXT.noConnection);
      }
      const type = response.headers.get('Content-Type') ?? '';
      if (type.startsWith('application/json')) {
        try {
          return (await response.json()) as unknown;
        } catch {
          throw new ApiError('internal', API_TEXT.badAnswer);
        }
      }
      // The host refuses with a Russian plain-text message (no access, wrong address, …).
      const text = (await response.text().catch(() => '')).trim();
      throw new ApiError('internal', text || API_TEXT.httpError(response.status));
    },
    on(event, cb) {
      ensureEventSource();
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(cb);
      return () => {
        set.delete(cb);
      };
    },
  };
}
