import type { Worker } from 'node:worker_threads';
import type { Envelope } from '../../../shared/api/errors';
import type { EventMessage } from '../../../shared/api/events';
import type { CoreClient } from './client';
import type { FromWorker, ToWorker, WorkerInit } from './protocol';
import { startThread } from '../workers';

type Pending = (envelope: Envelope<unknown>) => void;

/**
 * Runs the engine in a worker thread and talks to it by messages. Used by the Electron main
 * process and the browser host alike. If the worker dies, pending calls fail with a Russian
 * message and a fresh worker starts with no file open.
 */
export class CoreWorkerClient implements CoreClient {
  private worker!: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: EventMessage) => void>();
  private closing = false;

  constructor(
    private readonly workerFile: string,
    private readonly init: WorkerInit,
  ) {
    this.start();
  }

  private start(): void {
    this.worker = startThread(this.workerFile, this.init);
    this.worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'result') {
        this.pending.get(msg.id)?.(msg.envelope);
        this.pending.delete(msg.id);
      } else if (msg.type === 'event') {
        for (const listener of this.listeners) listener(msg.event);
      }
    });
    this.worker.on('error', (err) => this.failPending(`Ядро программы остановилось с ошибкой: ${err.message}.`));
    this.worker.on('exit', () => {
      if (this.closing) return;
      this.failPending('Ядро программы неожиданно остановилось; файл закрыт, откройте его снова.');
      this.start();
      for (const listener of this.listeners) listener({ name: 'registry.changed', payload: { info: null } });
    });
  }

  private failPending(message: string): void {
    for (const resolve of this.pending.values()) resolve({ ok: false, error: { code: 'internal', message } });
    this.pending.clear();
  }

  call(name: string, args: unknown, jobId: string | null = null): Promise<Envelope<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const msg: ToWorker = { type: 'call', id, name, args, jobId };
      this.worker.postMessage(msg);
    });
  }

  onEvent(listener: (event: EventMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the open file cleanly (WAL checkpoint on close) and stops the thread. */
  async close(): Promise<void> {
    this.closing = true;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => void this.worker.terminate().then(() => resolve()), 5000);
      this.worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      this.worker.postMessage({ type: 'close' } satisfies ToWorker);
    });
  }
}
