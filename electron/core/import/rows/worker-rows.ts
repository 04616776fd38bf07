// The import's side of the row thread: batches arrive as messages and become ConvertedRow again;
// each one taken lets the thread send another, so a fast reader never floods the memory.
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/api/errors';
import { fieldPositions, FieldValues, type ConvertedRow } from '../convert';
import type { ResolvedMapping } from '../match/mapping';
import { IMPORT_TEXT } from '../strings';
import { startThread } from '../../workers';
import type { ImportRows } from './import-rows';
import type { FromRowsWorker, RowsWorkerInit, ToRowsWorker } from './protocol';

const MORE: ToRowsWorker = { type: 'more' };

/**
 * A row thread started as soon as the import knows the file: it loads and opens the file while
 * the import reads the header itself; its messages wait here until the rows are asked for.
 */
export class RowsThread {
  readonly fileName: string;
  private readonly worker: Worker;
  private readonly queue: FromRowsWorker[] = [];
  private failure: Error | null = null;
  private waiting: (() => void) | null = null;

  constructor(script: string, init: RowsWorkerInit) {
    this.fileName = path.basename(init.file);
    this.worker = startThread(script, init);
    this.worker.on('message', (msg: FromRowsWorker) => {
      this.queue.push(msg);
      this.wake();
    });
    this.worker.on('error', (err) => {
      this.failure = err;
      this.wake();
    });
    this.worker.on('exit', () => {
      this.failure ??= new AppError('internal', IMPORT_TEXT.read.threadStopped(this.fileName));
      this.wake();
    });
  }

  async next(): Promise<FromRowsWorker> {
    while (this.queue.length === 0) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    return this.queue.shift()!;
  }

  /** The import has taken a batch: the thread may send one more. */
  more(): void {
    this.worker.postMessage(MORE);
  }

  close(): void {
    void this.worker.terminate();
  }

  private wake(): void {
    this.waiting?.();
    this.waiting = null;
  }
}

export function workerRows(thread: RowsThread, mapping: ResolvedMapping): ImportRows {
  const positions = fieldPositions(mapping);
  const width = mapping.fields.length;
  const expected = mapping.fields.map((f) => f?.id ?? null).join('|');
  let progress = { done: 0, total: 0 };

  return {
    async *batches() {
      try {
        for (;;) {
          const msg = await thread.next();
          if (msg.type === 'error') throw new AppError(msg.error.code, msg.error.message);
          if (msg.type === 'mapped') {
            if (msg.fields.join('|') !== expected) throw new AppError('internal', IMPORT_TEXT.read.threadMapping(thread.fileName));
            continue;
          }
          progress = { done: msg.done, total: msg.total };
          if (msg.type === 'end') return;
          thread.more();
          const out: ConvertedRow[] = new Array(msg.rows.length);
          for (let i = 0; i < msg.rows.length; i++) {
            out[i] = { row: msg.rows[i]!, values: new FieldValues(msg.values, i * width, positions), problems: msg.problems[i] ?? [], skip: msg.skip[i]! };
          }
          yield out;
        }
      } finally {
        thread.close();
      }
    },
    progress: () => progress,
    close: () => thread.close(),
  };
}
