// Name material for synthetic people: common Russian surnames, first names and the rules that
// give female surnames and patronymics. Only combinations are generated, never a real person.
import type { Gender } from '../../../shared/domain/enums';

/**
 * Male surname forms, most frequent first (the weights in people.ts follow this order). Female
 * forms come from femaleSurname(); -ых/-их, -ко and -ук surnames do not change (Черных, Бойко,
 * Ковальчук), which the documents must know when declining, so a few of each are here.
 */
export const SURNAMES: readonly string[] = [
  'Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов',
  'Новиков', 'Фёдоров', 'Морозов', 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров',
  'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин',
  'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв',
  'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Дмитриев', 'Королёв', 'Гусев', 'Киселёв',
  'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев',
  'Антонов', 'Тарасов', 'Жуков', 'Баранов', 'Филиппов', 'Комаров', 'Давыдов', 'Беляев',
  'Герасимов', 'Богданов', 'Осипов', 'Сидоров', 'Матвеев', 'Титов', 'Марков', 'Миронов',
  'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников', 'Денисов', 'Гаврилов', 'Тихонов',
  'Казаков', 'Афанасьев', 'Данилов', 'Савельев', 'Тимофеев', 'Фомин', 'Чернов', 'Абрамов',
  'Мартынов', 'Ефимов', 'Федотов', 'Щербаков', 'Назаров', 'Калинин', 'Исаев', 'Чернышёв',
  'Быков', 'Маслов', 'Родионов', 'Коновалов', 'Лазарев', 'Воронин', 'Климов', 'Филатов',
  'Пономарёв', 'Голубев', 'Кудрявцев', 'Прохоров', 'Наумов', 'Потапов', 'Журавлёв', 'Овчинников',
  'Трофимов', 'Леонов', 'Соболев', 'Ермаков', 'Колесников', 'Гончаров', 'Емельянов', 'Никифоров',
  'Грачёв', 'Котов', 'Гришин', 'Ефремов', 'Архипов', 'Громов', 'Кириллов', 'Малышев',
  'Панов', 'Моисеев', 'Румянцев', 'Акимов', 'Кондратьев', 'Бирюков', 'Горбунов', 'Анисимов',
  'Ерёмин', 'Тихомиров', 'Галкин', 'Лукьянов', 'Михеев', 'Скворцов', 'Юдин', 'Белоусов',
  'Нестеров', 'Симонов', 'Прокофьев', 'Харитонов', 'Князев', 'Цветков', 'Левин', 'Митрофанов',
  'Воронцов', 'Фадеев', 'Лаврентьев', 'Шевченко', 'Бондаренко', 'Ковальчук', 'Бойко', 'Черных',
  'Ткаченко', 'Кравченко', 'Савчук', 'Белых', 'Долгих', 'Лысенко', 'Седых', 'Мельник',
  'Покровский', 'Успенский', 'Никольский', 'Петровский', 'Вознесенский', 'Троицкий',
];

export const MALE_NAMES: readonly string[] = [
  'Александр', 'Сергей', 'Андрей', 'Алексей', 'Дмитрий', 'Владимир', 'Иван', 'Михаил',
  'Николай', 'Евгений', 'Игорь', 'Юрий', 'Олег', 'Виктор', 'Павел', 'Максим', 'Роман',
  'Денис', 'Артём', 'Никита', 'Илья', 'Кирилл', 'Антон', 'Владислав', 'Константин',
  'Вячеслав', 'Василий', 'Анатолий', 'Геннадий', 'Валерий', 'Пётр', 'Семён', 'Фёдор', 'Лев',
  'Григорий', 'Борис', 'Егор', 'Тимофей', 'Матвей', 'Даниил', 'Георгий', 'Степан', 'Леонид',
  'Виталий', 'Яков', 'Аркадий', 'Вадим', 'Руслан', 'Станислав', 'Ярослав', 'Глеб', 'Арсений',
];

export const FEMALE_NAMES: readonly string[] = [
  'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Анна', 'Мария', 'Екатерина',
  'Юлия', 'Марина', 'Людмила', 'Галина', 'Надежда', 'Валентина', 'Нина', 'Любовь', 'Оксана',
  'Анастасия', 'Дарья', 'Алёна', 'Евгения', 'Виктория', 'Ксения', 'Александра', 'Полина',
  'Вера', 'Лариса', 'Елизавета', 'Софья', 'Алина', 'Кристина', 'Валерия', 'Маргарита',
  'Тамара', 'Олеся', 'Яна', 'Жанна', 'Инна', 'Алла', 'Лидия', 'Раиса', 'Антонина', 'Варвара',
  'Ульяна', 'Зоя',
];

/** The female form of a surname given in its male form. */
export function femaleSurname(male: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(male)) return `${male}а`;
  if (/(ский|цкий)$/.test(male)) return `${male.slice(0, -2)}ая`;
  if (/(ой|ый)$/.test(male)) return `${male.slice(0, -2)}ая`;
  // -ых/-их, -ко, -ук/-юк, -ник and other consonant endings of non-Russian origin do not change.
  return male;
}

export function surnameFor(male: string, gender: Gender): string {
  return gender === 'male' ? male : femaleSurname(male);
}

/** Patronymics that do not follow the rules below (fleeting vowels, historical forms). */
const IRREGULAR_PATRONYMICS: Readonly<Record<string, readonly [string, string]>> = {
  Лев: ['Львович', 'Львовна'],
  Павел: ['Павлович', 'Павловна'],
  Пётр: ['Петрович', 'Петровна'],
  Михаил: ['Михайлович', 'Михайловна'],
  Яков: ['Яковлевич', 'Яковлевна'],
  Илья: ['Ильич', 'Ильинична'],
  Фома: ['Фомич', 'Фоминична'],
  Кузьма: ['Кузьмич', 'Кузьминична'],
  Лука: ['Лукич', 'Лукинична'],
  Дмитрий: ['Дмитриевич', 'Дмитриевна'],
  Георгий: ['Георгиевич', 'Георгиевна'],
};

/** The patronymic from a father's (male) first name: Иван → Иванович / Ивановна. */
export function patronymic(fatherName: string, gender: Gender): string {
  const irregular = IRREGULAR_PATRONYMICS[fatherName];
  if (irregular) return gender === 'male' ? irregular[0] : irregular[1];
  const [stem, m, f] = ((): [string, string, string] => {
    // Евгений → Евгеньевич, Юрий → Юрьевич.
    if (fatherName.endsWith('ий')) return [fatherName.slice(0, -2), 'ьевич', 'ьевна'];
    // Сергей → Сергеевич, Николай → Николаевич.
    if (fatherName.endsWith('й')) return [fatherName.slice(0, -1), 'евич', 'евна'];
    // Игорь → Игоревич.
    if (fatherName.endsWith('ь')) return [fatherName.slice(0, -1), 'евич', 'евна'];
    // Никита → Никитич / Никитична.
    if (/[ая]$/.test(fatherName)) return [fatherName.slice(0, -1), 'ич', 'ична'];
    // Иван → Иванович, Семён → Семёнович.
    return [fatherName, 'ович', 'овна'];
  })();
  return stem + (gender === 'male' ? m : f);
}

const TRANSLIT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const translitCache = new Map<string, string>();

/** Latin spelling for e-mail logins (ivanova, fedorov); cached, the vocabulary is small. */
export function translit(word: string): string {
  const cached = translitCache.get(word);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of word.toLowerCase()) out += TRANSLIT[ch] ?? ch;
  translitCache.set(word, out);
  return out;
}
