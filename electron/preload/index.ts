// The page's only door to the app: invoke a named API method and listen to named events.
// IPC event objects never reach the page, and only known event names can be subscribed.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES } from '../../shared/api/events';
import { INVOKE_CHANNEL, eventChannel } from '../../shared/api/ipc';

contextBridge.exposeInMainWorld('profreestr', {
  invoke: (name: string, args: unknown, jobId?: string | null): Promise<unknown> =>
    ipcRenderer.invoke(INVOKE_CHANNEL, name, args, jobId ?? null),
  on: (event: string, callback: (payload: unknown) => void): (() => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) return () => undefined;
    const channel = eventChannel(event);
    const listener = (_event: IpcRendererEvent, payload: unknown) => callback(payload);
    ipcRenderer.on(channel, listener);
    return () => ipcRenderer.removeListener(channel, listener);
  },
});
