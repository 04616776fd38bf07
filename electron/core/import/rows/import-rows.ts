// The converted rows of an import, in batches, read in the engine's thread or — for a large file
// when the host has the row thread's script — in a thread of their own (worker-rows.ts).
import { rowConverter, type ConvertedRow } from '../convert';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportSource } from '../source';
import type { RowsWorkerOptions } from '../../workers';
import type { RowsWorkerInit } from './protocol';
import { RowsThread, workerRows } from './worker-rows';

export interface ImportRows {
  /** Every data row after the header, converted; can be iterated once. */
  batches(): AsyncIterable<ConvertedRow[]>;
  /** Bytes read so far of the file's size. */
  progress(): { done: number; total: number };
  close(): void;
}

/** The row thread's script when a file of this size pays for starting it, else null. */
export function rowsThreadFor(fileSize: number, worker: RowsWorkerOptions | null): string | null {
  return worker && fileSize >= worker.minBytes ? worker.file : null;
}

/** Starts the row thread (rowsThreadFor's script) for the file, before the import reads its header. */
export function startRowsThread(script: string | null, request: RowsWorkerInit): RowsThread | null {
  return script === null ? null : new RowsThread(script, request);
}

/** The rows, from the started row thread or read here. */
export function importRows(source: ImportSource, mapping: ResolvedMapping, thread: RowsThread | null): ImportRows {
  if (thread) {
    // The thread opens the file itself: this one only found the header and the mapping.
    source.table.close();
    return workerRows(thread, mapping);
  }
  const convert = rowConverter(source.table, mapping);
  return {
    async *batches() {
      for await (const rows of source.data()) yield rows.map((row) => convert(row));
    },
    progress: () => source.table.progress(),
    close: () => source.table.close(),
  };
}
