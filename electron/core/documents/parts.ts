// Building blocks of a draft: parts with stable keys, so a regenerated draft can find the user's
// edits; list items one per line.
import type { DraftPart, PartKind } from '../../../shared/domain/documents';

export function part(key: string, kind: PartKind, fixed: boolean, generated: string): DraftPart {
  return { key, kind, fixed, generated, edited: null };
}

export const lines = (items: readonly string[]): string => items.join('\n');

/** The project's name as the union's documents quote it. */
export const PROJECT = '«Цифровизация Общероссийского Профсоюза образования»';
export const AIS = 'АИС «Единый реестр Общероссийского Профсоюза образования»';

/** Ends a sentence with a full stop unless the text already ends with one («… А.С.», «… руб.»). */
export const sentence = (text: string): string => (text.trimEnd().endsWith('.') ? text.trimEnd() : `${text.trimEnd()}.`);
