/**
 * A fresh id for one call. randomUUID exists only in secure contexts; the browser-mode page is
 * served from 127.0.0.1 (secure), but fall back to getRandomValues just in case.
 */
export function newJobId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
