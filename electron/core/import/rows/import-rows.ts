// The converted rows of an import, in batches, read in the engine's thread or — for a large file
// when the host has the row thread's script — in a thread of their own (worker-rows.ts).
import fs from 'node:fs';
import { rowConverter, type ConvertedRow } from '../convert';
import type { ImportKind } from '../fields';
import type { ColumnMap, ResolvedMapping } from '../match/mapping';
import type { ImportSource } from '../source';
import type { RowsWorkerOptions } from './bundled';
import { workerRows } from './worker-rows';

export type { RowsWorkerOptions };

export interface ImportRows {
  /** Every data row after the header, converted; can be iterated once. */
  batches(): AsyncIterable<ConvertedRow[]>;
  /** Bytes read so far of the file's size. */
  progress(): { done: number; total: number };
  close(): void;
}

export interface RowsRequest {
  file: string;
  sheet: string | null;
  kind: ImportKind;
  mapping: ColumnMap | null;
}

export function importRows(source: ImportSource, mapping: ResolvedMapping, request: RowsRequest, worker: RowsWorkerOptions | null): ImportRows {
  const strictWidth = source.table.format === 'csv';
  if (worker && fs.statSync(source.table.path).size >= worker.minBytes) {
    // The thread opens the file itself: this one only found the header and the mapping.
    source.table.close();
    return workerRows(worker.file, { ...request, strictWidth }, mapping);
  }
  const convert = rowConverter(source.table.fileName, mapping, strictWidth);
  return {
    async *batches() {
      for await (const rows of source.data()) yield rows.map(convert);
    },
    progress: () => source.table.progress(),
    close: () => source.table.close(),
  };
}
