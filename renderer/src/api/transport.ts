/** How calls and events travel between the page and the engine; one implementation per host. */
export interface Transport {
  /** Sends one call; resolves with the raw envelope (not yet checked), rejects with ApiError. */
  invoke(name: string, args: unknown, jobId: string): Promise<unknown>;
  /** Listens to one event; returns the function that stops listening. */
  on(event: string, cb: (payload: unknown) => void): () => void;
}
