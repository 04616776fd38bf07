/** The page's own origin: the app:// scheme serves the built renderer inside the desktop app. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://profreestr`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL belongs to the app's own page. The dev server's URL is trusted only when
 * electron-vite started one (development runs), never in a built app.
 */
export function isTrustedUrl(url: string | undefined | null, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}
