import { formatInt } from '../ru';

/** Russian problem texts of the value parsers; the caller adds the file, row and column. */
export const VALUE_TEXT = {
  notDate: (v: string) => `${v} — не дата: ожидается ДД.ММ.ГГГГ (например, 05.03.1980)`,
  noSuchDay: (v: string) => `${v} — такой даты нет в календаре`,
  yearOutOfRange: (v: string, min: number, max: number) => `${v} — год вне допустимых пределов (${min}–${max})`,
  notBoolean: (v: string) => `${v} — ожидается «да» или «нет»`,
  notInList: (v: string, allowed: string) => `${v} — нет в списке допустимых значений: ${allowed}`,
  notPhone: (v: string) => `${v} — не номер телефона: нужно 10 цифр или 11, начиная с 7 или 8`,
  severalPhones: (v: string) => `${v} — в ячейке несколько телефонов, оставьте один`,
  notEmail: (v: string) => `${v} — не адрес электронной почты (ожидается вида имя@домен.ru)`,
  severalEmails: (v: string) => `${v} — в ячейке несколько адресов, оставьте один`,
  badNameChars: (v: string) => `${v} — в имени допустимы только буквы, пробел, дефис и апостроф`,
  fullNameParts: (v: string) => `${v} — не удалось разделить на фамилию, имя и отчество`,
  tooLong: (length: number, max: number) =>
    `значение слишком длинное: ${formatInt(length)} знаков (допустимо не более ${formatInt(max)})`,
  notCount: (v: string) => `${v} — ожидается целое неотрицательное число`,
  notCode: (v: string) => `${v} — код должен быть целым числом или строкой без пробелов`,
  notInn: (v: string) => `${v} — ИНН состоит из 10 цифр (организация) или 12 цифр (человек)`,
} as const;
