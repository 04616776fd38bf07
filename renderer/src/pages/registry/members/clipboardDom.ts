// The system clipboard without permissions: the browser's own copy and paste commands, which
// the desktop app (all permissions denied) and the browser mode both allow during a key press.

/** Puts text on the clipboard exactly (CRLF kept). Must run inside the user's key press. */
export function writeClipboardNow(text: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // A selection makes the copy command available; the listener replaces what it would copy.
  const holder = document.createElement('textarea');
  holder.value = ' ';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.position = 'fixed';
  holder.style.opacity = '0';
  document.body.appendChild(holder);
  holder.select();
  document.addEventListener('copy', onCopy, true);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy, true);
    holder.remove();
    before?.focus({ preventScroll: true });
  }
}

/** After an asynchronous read the key press is over: the Clipboard API is the second chance. */
export async function writeClipboardLater(text: string): Promise<boolean> {
  if (writeClipboardNow(text)) return true;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
