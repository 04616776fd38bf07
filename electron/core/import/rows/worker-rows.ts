// The import's side of the row thread: batches arrive as messages and become ConvertedRow again;
// each one taken lets the thread send another, so a fast reader never floods the memory.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/api/errors';
import { fieldPositions, FieldValues, type ConvertedRow } from '../convert';
import type { ResolvedMapping } from '../match/mapping';
import { IMPORT_TEXT } from '../strings';
import type { ImportRows } from './import-rows';
import type { FromRowsWorker, RowsWorkerInit, ToRowsWorker } from './protocol';

export function workerRows(script: string, init: RowsWorkerInit, mapping: ResolvedMapping): ImportRows {
  const worker = new Worker(script, { workerData: init });
  const positions = fieldPositions(mapping);
  const width = mapping.fields.length;
  const fileName = path.basename(init.file);
  const expected = mapping.fields.map((f) => f?.id ?? null).join('|');
  const queue: FromRowsWorker[] = [];
  let failure: Error | null = null;
  let waiting: (() => void) | null = null;
  let progress = { done: 0, total: 0 };
  const wake = () => {
    waiting?.();
    waiting = null;
  };
  worker.on('message', (msg: FromRowsWorker) => {
    queue.push(msg);
    wake();
  });
  worker.on('error', (err) => {
    failure = err;
    wake();
  });
  worker.on('exit', () => {
    failure ??= new AppError('internal', IMPORT_TEXT.read.threadStopped(fileName));
    wake();
  });
  const next = async (): Promise<FromRowsWorker> => {
    while (queue.length === 0) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (waiting = resolve));
    }
    return queue.shift()!;
  };
  const more: ToRowsWorker = { type: 'more' };

  return {
    async *batches() {
      try {
        for (;;) {
          const msg = await next();
          if (msg.type === 'error') throw new AppError(msg.error.code, msg.error.message);
          if (msg.type === 'mapped') {
            if (msg.fields.join('|') !== expected) throw new AppError('internal', IMPORT_TEXT.read.threadMapping(fileName));
            continue;
          }
          progress = { done: msg.done, total: msg.total };
          if (msg.type === 'end') return;
          worker.postMessage(more);
          const out: ConvertedRow[] = new Array(msg.rows.length);
          for (let i = 0; i < msg.rows.length; i++) {
            out[i] = { row: msg.rows[i]!, values: new FieldValues(msg.values, i * width, positions), problems: msg.problems[i] ?? [], skip: msg.skip[i]! };
          }
          yield out;
        }
      } finally {
        void worker.terminate();
      }
    },
    progress: () => progress,
    close: () => void worker.terminate(),
  };
}
