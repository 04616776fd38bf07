/** Electron IPC channel names, shared by the preload and the main process's router. */
export const INVOKE_CHANNEL = 'api:invoke';
export const eventChannel = (name: string): string => `api:event:${name}`;
