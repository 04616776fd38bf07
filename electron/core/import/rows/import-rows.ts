// The converted rows of an import, in batches, read in the engine's thread or — for a large file
// when the host has the row thread's script — in a thread of their own (worker-rows.ts).
import fs from 'node:fs';
import { rowConverter, type ConvertedRow } from '../convert';
import type { ResolvedMapping } from '../match/mapping';
import type { ImportSource } from '../source';
import type { RowsWorkerOptions } from './bundled';
import type { RowsWorkerInit } from './protocol';
import { workerRows } from './worker-rows';

export interface ImportRows {
  /** Every data row after the header, converted; can be iterated once. */
  batches(): AsyncIterable<ConvertedRow[]>;
  /** Bytes read so far of the file's size. */
  progress(): { done: number; total: number };
  close(): void;
}

export function importRows(source: ImportSource, mapping: ResolvedMapping, request: RowsWorkerInit, worker: RowsWorkerOptions | null): ImportRows {
  if (worker && fs.statSync(source.table.path).size >= worker.minBytes) {
    // The thread opens the file itself: this one only found the header and the mapping.
    source.table.close();
    return workerRows(worker.file, request, mapping);
  }
  const convert = rowConverter(source.table, mapping);
  return {
    async *batches() {
      for await (const rows of source.data()) yield rows.map(convert);
    },
    progress: () => source.table.progress(),
    close: () => source.table.close(),
  };
}
