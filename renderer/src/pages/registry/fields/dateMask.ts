/**
 * The date mask «дд.мм.гггг» while typing: digits get their dots where a day and a month end
 * («05031980» → «05.03.1980»); anything else (a short «5.3.80», an ISO date) is left as typed —
 * the date parser reads those too. No trailing dot is added, so Backspace never gets stuck.
 */
export function maskDate(text: string): string {
  if (!/^[\d.]*$/.test(text)) return text;
  for (let i = 0; i < text.length; i++) if (text[i] === '.' && i !== 2 && i !== 5) return text;
  const digits = text.replace(/\./g, '');
  if (digits.length > 8) return text;
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter((p) => p !== '').join('.');
}

/** «1980-03-05» ↔ «05.03.1980» for the calendar picker. */
export function isoFromMasked(text: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

export function maskedFromIso(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}
