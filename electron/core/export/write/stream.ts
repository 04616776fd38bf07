import fs from 'node:fs';

/** Destroys a file stream and resolves once its file is closed (safe to remove then). */
export function destroyAndClose(stream: fs.WriteStream): Promise<void> {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('close', () => resolve());
    stream.destroy();
  });
}
