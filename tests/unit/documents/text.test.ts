// The generated Russian text on a tiny region whose chairs and figures the test sets: agreement
// of counts, verbs and cases of the list items, participles by the chair's gender.
import type { Database } from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftPart } from '../../../shared/domain/documents';
import { contestDefaults, fileContext, resolutionDefaults } from '../../../electron/core/documents/defaults';
import { generateDraft } from '../../../electron/core/documents/generate';
import { captureSnapshotIndicators } from '../../../electron/core/indicators/snapshot';
import { writeSmallRegion } from '../../fixtures/small-region';
import { tempDir } from '../../fixtures/temp';

let db: Database;
let cleanup: () => void;

/** Texts by key with non-breaking spaces shown as plain ones, for readable expectations. */
const byKey = (parts: DraftPart[]) => new Map(parts.map((p) => [p.key, p.generated.replace(/\u00a0/g, ' ')]));

beforeEach(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  db = writeSmallRegion(path.join(t.dir, 'small.profreestr'));
  const chair = db.prepare(
    "UPDATE organizations SET chair_surname = ?, chair_name = ?, chair_patronymic = ?, chair_gender = ?, address = ? WHERE code = ?",
  );
  chair.run('Ковальчук', 'Ирина', 'Львовна', 'female', null, '110');
  chair.run('Петров', 'Семён', 'Ильич', 'male', null, '120');
  chair.run('Абдуллаев', 'Юрий', 'Григорьевич', 'male', '656000, Алтайский край, г. Барнаул, ул. Ленина, д. 1', '100');
  db.prepare("UPDATE organizations SET stat_members = 1 WHERE code = '120'").run(); // 1 of 1: complete
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('resolution text', () => {
  it('defaults come from the root organization and its chair', () => {
    const s = resolutionDefaults(fileContext(db), '2026-11-20');
    expect(s).toMatchObject({
      org: 'ТЕСТОВАЯ ОБЛАСТНАЯ ОРГАНИЗАЦИЯ',
      place: 'г. Барнаул',
      date: '2026-11-20',
      deadline: '2027-01-20',
      level: 'local',
      withAppendix: true,
      leftMarginMm: 30,
    });
    expect(s.signerPosition).toBe('Председатель Тестовой областной организации Профсоюза');
    expect(s.signerName.replace(/\u00a0/g, ' ')).toBe('Ю.Г. Абдуллаев');
    expect(s.speaker.replace(/\u00a0/g, ' ')).toBe('Абдуллаева Ю.Г., председателя Тестовой областной организации Профсоюза');
    expect(s.control.replace(/\u00a0/g, ' ')).toBe('председателя Тестовой областной организации Профсоюза Абдуллаева Ю.Г.');
  });

  it('agrees counts and verbs, and puts each list in the case its phrase governs', () => {
    const draft = generateDraft(db, 'resolution', resolutionDefaults(fileContext(db), '2026-11-20'));
    const t = byKey(draft.parts);
    expect(t.get('figures')).toContain(
      'По состоянию на 1 октября 2026 года на электронном учёте в АИС «Единый реестр Общероссийского Профсоюза образования» состоят 6 членов Профсоюза, ' +
        'что составляет 60,00% численности членов Профсоюза по статистическому отчёту на 1 января (10 человек).',
    );
    expect(t.get('cards')).toMatch(/^Изготовлено 4 электронных профсоюзных билета \(66,67%\), из них выдано членам Профсоюза 3, доставлено в регион и ожидает выдачи 1\. От пластиковой карты отказался 1 член Профсоюза, из них 1 не установил/);
    expect(t.get('tier.complete.lead')).toBe('Внесла в АИС всех членов Профсоюза 1 местная организация:');
    expect(t.get('tier.complete.items')).toBe('Озёрская городская организация Профсоюза (Петров С.И.)');
    expect(t.get('tier.weak.lead')).toBe('Слабая работа по постановке членов Профсоюза на электронный учёт наблюдается в 1 местной организации:');
    expect(t.get('tier.weak.items')).toBe('Берёзовской районной организации Профсоюза (Ковальчук И.Л.)');
    expect(t.get('summary')).toBe('Таким образом, работа по внесению всех членов Профсоюза в АИС завершена в 1 из 2 местных организаций (50,00%).');
    expect(t.get('point.praise')).toContain('отметить работу председателей и профсоюзного актива следующих местных организаций Профсоюза:');
    expect(t.get('point.praise.items')).toBe('Озёрской городской организации Профсоюза (Петров С.И.)');
    expect(t.get('point.attention')).toMatch(/^Обратить внимание председателей следующих местных организаций Профсоюза на необходимость/);
    expect(t.get('point.attention.items')).toBe('Берёзовской районной организации Профсоюза (Ковальчук И.Л.)');
    expect(t.has('point.inadmissible')).toBe(false);
    expect(t.get('point.deadline')).toContain('в срок до 20 января 2027 года.');
    expect(t.get('point.control')).toBe('Контроль за выполнением настоящего постановления возложить на председателя Тестовой областной организации Профсоюза Абдуллаева Ю.Г.');
    expect(draft.parts.find((p) => p.key === 'decides')).toMatchObject({ kind: 'decides', generated: 'ПОСТАНОВЛЯЕТ:' });
  });

  it('lists «работа не ведется» in the prepositional and points at them in the genitive', () => {
    db.prepare("UPDATE members SET removed_on = '2026-09-01', removal_reason = 'other' WHERE org_id IN (4, 5)").run();
    const t = byKey(generateDraft(db, 'resolution', resolutionDefaults(fileContext(db), '2026-11-20')).parts);
    expect(t.get('tier.zero.lead')).toBe('Совсем не ведётся работа по внесению членов Профсоюза в АИС в 1 местной организации:');
    expect(t.get('tier.zero.items')).toBe('Берёзовской районной организации Профсоюза (Ковальчук И.Л.)');
    expect(t.get('point.inadmissible.items')).toBe('Берёзовской районной организации Профсоюза (Ковальчук И.Л.)');
  });

  it('writes the dynamics since a snapshot', () => {
    captureSnapshotIndicators(db, 1);
    db.prepare("INSERT INTO members (org_id, surname, name, fio_norm, category) VALUES (6, 'Новикова', 'Анна', 'новикова анна', 'student')").run();
    const s = { ...resolutionDefaults(fileContext(db), '2026-11-20'), compareSnapshotId: 1 };
    const t = byKey(generateDraft(db, 'resolution', s).parts);
    expect(t.get('dynamics')).toMatch(/^По сравнению с 1 октября 2026 года число членов Профсоюза на электронном учёте увеличилось на 1 \(16,67%\); охват электронным учётом изменился на \+10,00 п\.п\./);
  });
});

describe('contest text', () => {
  it('governs the chair’s case by the verb and agrees the participle with the gender', () => {
    const s = { ...contestDefaults(fileContext(db), '2026-11-20'), prizes: [{ place: 1, amount: 10000 }], gratitudeUpTo: 2 };
    const draft = generateDraft(db, 'contest', s);
    const t = byKey(draft.parts);
    expect(t.get('point.award.120')).toBe(
      'Наградить Петрова С.И., председателя Озёрской городской организации Профсоюза, занявшего 1 место, денежной премией в размере 10 000 руб.',
    );
    expect(t.get('point.thanks.110')).toBe(
      'Объявить благодарность Ковальчук И.Л., председателю Берёзовской районной организации Профсоюза, занявшей 2 место.',
    );
    db.prepare("UPDATE organizations SET chair_surname = 'Иванова', chair_name = 'Анна', chair_patronymic = 'Борисовна', chair_gender = 'female' WHERE code = '120'").run();
    db.prepare("UPDATE organizations SET chair_surname = 'Петров', chair_name = 'Вадим', chair_patronymic = 'Глебович', chair_gender = 'male' WHERE code = '110'").run();
    const t2 = byKey(generateDraft(db, 'contest', s).parts);
    expect(t2.get('point.award.120')).toBe(
      'Наградить Иванову А.Б., председателя Озёрской городской организации Профсоюза, занявшую 1 место, денежной премией в размере 10 000 руб.',
    );
    expect(t2.get('point.thanks.110')).toBe(
      'Объявить благодарность Петрову В.Г., председателю Берёзовской районной организации Профсоюза, занявшему 2 место.',
    );
  });

  it('warns about a chair whose gender cannot be told', () => {
    db.prepare("UPDATE organizations SET chair_surname = 'Бойко', chair_name = 'Саша', chair_patronymic = NULL, chair_gender = NULL WHERE code = '110'").run();
    const draft = generateDraft(db, 'contest', contestDefaults(fileContext(db), '2026-11-20'));
    expect(draft.warnings.join(' ')).toContain('Не указан пол председателя Берёзовской районной организации Профсоюза (Бойко)');
  });
});
