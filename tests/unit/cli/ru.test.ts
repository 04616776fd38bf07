import { describe, expect, it } from 'vitest';
import { runCaptured } from './capture';

const NB = '\u00a0';

describe('profreestr ru', () => {
  it('declines a person in every case named in Russian', async () => {
    const forms: Array<[string, string]> = [
      ['именительный', 'Петрова Вера Григорьевна'],
      ['родительный', 'Петровой Веры Григорьевны'],
      ['дательный', 'Петровой Вере Григорьевне'],
      ['винительный', 'Петрову Веру Григорьевну'],
      ['творительный', 'Петровой Верой Григорьевной'],
      ['предложный', 'Петровой Вере Григорьевне'],
    ];
    for (const [c, form] of forms) {
      const res = await runCaptured(['ru', 'person', 'Петрова Вера Григорьевна', '--gender', 'ж', '--case', c]);
      expect(res.code).toBe(0);
      expect(res.stdout.trim()).toBe(form);
    }
    const initials = await runCaptured(['ru', 'person', 'Абдуллаев Юрий Григорьевич', '--gender', 'м', '--case', 'винительный', '--initials']);
    expect(initials.stdout.trim()).toBe(`Абдуллаева${NB}Ю.Г.`);
    const female = await runCaptured(['ru', 'person', 'Ковальчук Ирина Львовна', '--gender', 'ж', '--case', 'дательный', '--json']);
    expect(JSON.parse(female.stdout)).toEqual({ input: 'Ковальчук Ирина Львовна', gender: 'female', case: 'dative', form: 'Ковальчук Ирине Львовне' });
  });

  it('declines an organization name', async () => {
    const res = await runCaptured(['ru', 'org', 'Егорьевская районная организация Профсоюза', '--case', 'винительный']);
    expect(res.stdout.trim()).toBe('Егорьевскую районную организацию Профсоюза');
  });

  it('explains wrong input in Russian with exit code 1', async () => {
    expect((await runCaptured(['ru', 'person', 'Иванов Иван', '--gender', 'x', '--case', 'родительный'])).stderr).toContain('укажите м или ж');
    expect((await runCaptured(['ru', 'org', 'Школа', '--case', 'звательный'])).stderr).toContain('неизвестный падеж');
    const res = await runCaptured(['ru', 'planet', 'Земля']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('что склонять');
  });
});
