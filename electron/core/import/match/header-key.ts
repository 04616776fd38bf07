// Headers are compared without case, spaces, punctuation and ё: «Дата рожд.», «дата  рожд» and
// «ДАТА РОЖД» are one header. Latin look-alike letters are folded into Cyrillic ones (and back,
// for «E-mail» typed with a Cyrillic «Е»), on both sides, so a mixed-alphabet header still matches.
const LOOKALIKES: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', b: 'в', h: 'н' };

export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/[aeopcxykmtbh]/g, (ch) => LOOKALIKES[ch]!);
}
