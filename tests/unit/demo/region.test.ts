import type BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_PRODUCED_STATUSES } from '../../../shared/domain/enums';
import { normalizeFio } from '../../../shared/domain/fio';
import { DEFAULT_DEMO_OPTIONS, DEMO_AS_OF, writeDemoRegion, type DemoSummary } from '../../../electron/core/demo';
import { FEMALE_NAMES, MALE_NAMES } from '../../../electron/core/demo/names';
import { tempDir } from '../../fixtures/temp';
import { localCoverage, openReadonly, tierOf } from './helpers';

interface MemberRecord {
  id: number;
  ais_id: string;
  org_id: number;
  surname: string;
  name: string;
  patronymic: string;
  fio_norm: string;
  gender: string;
  birth_date: string;
  category: string;
  joined_on: string;
  registered_on: string;
  card_status: string;
  card_number: string | null;
  card_status_date: string | null;
  removed_on: string | null;
  removal_reason: string | null;
  pd_consent: number;
  pd_consent_date: string | null;
}

const ageOn = (birth: string, day: string): number => {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

const FEMALE = new Set(FEMALE_NAMES);
const MALE = new Set(MALE_NAMES);

describe('demo region (3,000 members)', () => {
  const tmp = tempDir('profreestr-demo-');
  const file = path.join(tmp.dir, 'Демо.profreestr');
  let db: BetterSqlite3.Database;
  let summary: DemoSummary;
  let members: MemberRecord[];

  beforeAll(async () => {
    summary = await writeDemoRegion(file, { members: 3000, seed: 11 });
    db = openReadonly(file);
    members = db.prepare('SELECT * FROM members ORDER BY id').all() as MemberRecord[];
  });
  afterAll(() => {
    db?.close();
    tmp.cleanup();
  });

  it('writes exactly the requested number of member cards and a consistent snapshot', () => {
    expect(members).toHaveLength(3000);
    const active = members.filter((m) => m.removed_on === null).length;
    const removed = 3000 - active;
    expect(removed).toBeGreaterThan(0);
    expect(removed / 3000).toBeLessThan(0.05);
    const snap = db.prepare('SELECT * FROM snapshots').all() as Array<{ as_of: string; source: string; org_count: number; member_count: number; created_at: string }>;
    expect(snap).toHaveLength(1);
    expect(snap[0]).toMatchObject({ as_of: DEMO_AS_OF, source: 'Демонстрационный регион', member_count: active });
    expect(snap[0]!.created_at.startsWith(DEMO_AS_OF)).toBe(true);
    const orgs = (db.prepare('SELECT count(*) AS n FROM organizations').get() as { n: number }).n;
    expect(snap[0]!.org_count).toBe(orgs);
    expect(summary).toEqual({ organizations: orgs, members: active, asOf: DEMO_AS_OF, regionName: summary.regionName });
  });

  it('stores the region name in settings (JSON strings) and as the root organization', () => {
    const settings = Object.fromEntries(
      (db.prepare('SELECT key, value FROM settings').all() as Array<{ key: string; value: string }>).map((r) => [r.key, JSON.parse(r.value) as unknown]),
    );
    expect(settings['region.name']).toBe(summary.regionName);
    expect(settings['region.shortName']).toBe('Заозёрская областная организация Профсоюза');
    const roots = db.prepare('SELECT name, level, kind FROM organizations WHERE parent_id IS NULL').all();
    expect(roots).toEqual([{ name: summary.regionName, level: 'regional', kind: 'region' }]);
  });

  it('keeps the database consistent: foreign keys, integrity, unique numeric codes and ids', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const codes = (db.prepare('SELECT code FROM organizations').all() as Array<{ code: string }>).map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^\d{7}$/);
    for (const m of members) expect(m.ais_id).toMatch(/^\d+$/);
    expect(new Set(members.map((m) => m.ais_id)).size).toBe(members.length);
    const wrongLevel = db
      .prepare("SELECT count(*) AS n FROM members m JOIN organizations o ON o.id = m.org_id WHERE o.level NOT IN ('primary', 'unit')")
      .get() as { n: number };
    expect(wrongLevel.n).toBe(0);
  });

  it('builds the tree: region → locals → primaries, universities and colleges directly under the region, faculty units', () => {
    const byLevel = Object.fromEntries(
      (db.prepare('SELECT level, count(*) AS n FROM organizations GROUP BY level').all() as Array<{ level: string; n: number }>).map((r) => [r.level, r.n]),
    );
    expect(byLevel.regional).toBe(1);
    expect(byLevel.local).toBeGreaterThanOrEqual(6);
    expect(byLevel.primary).toBeGreaterThanOrEqual(90);
    expect(byLevel.unit).toBeGreaterThanOrEqual(2);
    const direct = db
      .prepare("SELECT kind, count(*) AS n FROM organizations WHERE parent_id = 1 AND level = 'primary' GROUP BY kind")
      .all() as Array<{ kind: string; n: number }>;
    expect(direct.map((r) => r.kind)).toEqual(expect.arrayContaining(['university', 'students', 'college']));
    const unitParents = db
      .prepare("SELECT DISTINCT p.level FROM organizations u JOIN organizations p ON p.id = u.parent_id WHERE u.level = 'unit'")
      .all();
    expect(unitParents).toEqual([{ level: 'primary' }]);
    const liquidating = db.prepare("SELECT level FROM organizations WHERE status = 'liquidating'").all();
    expect(liquidating.length).toBeGreaterThanOrEqual(1);
    for (const l of liquidating) expect(l).toEqual({ level: 'local' });
  });

  it('puts local organizations into every coverage tier, some slightly above 100%', () => {
    const cov = localCoverage(db);
    const tiers = new Set(cov.map(tierOf));
    expect([...tiers].sort()).toEqual(['full', 'near', 'weak', 'zero']);
    const above = cov.filter((c) => c.active > c.stat);
    expect(above.length).toBeGreaterThanOrEqual(1);
    for (const c of above) expect(c.active / c.stat).toBeLessThan(1.05);
    for (const c of cov) expect(c.stat).toBeGreaterThan(0);
    // A local with no members has none in any of its primaries either.
    for (const c of cov.filter((x) => x.active === 0)) {
      const any = db
        .prepare('SELECT count(*) AS n FROM members m JOIN organizations o ON o.id = m.org_id WHERE o.parent_id = ?')
        .get(c.id) as { n: number };
      expect(any.n).toBe(0);
    }
  });

  it('fills stat-report figures consistently (locals = sum of primaries; employees ≥ members)', () => {
    const bad = db
      .prepare(
        `SELECT l.id FROM organizations l WHERE l.level = 'local'
           AND l.stat_members <> (SELECT sum(stat_members) FROM organizations p WHERE p.parent_id = l.id)`,
      )
      .all();
    expect(bad).toEqual([]);
    const missing = db
      .prepare("SELECT count(*) AS n FROM organizations WHERE stat_members IS NULL OR stat_employees IS NULL OR stat_auto_report IS NULL")
      .get() as { n: number };
    expect(missing.n).toBe(0);
    const fewer = db
      .prepare("SELECT count(*) AS n FROM organizations WHERE level IN ('primary','unit') AND stat_employees < stat_members")
      .get() as { n: number };
    expect(fewer.n).toBe(0);
  });

  it('fills fio_norm with normalizeFio and uses ё in some names', () => {
    for (const m of members) expect(m.fio_norm).toBe(normalizeFio(m.surname, m.name, m.patronymic));
    expect(members.some((m) => /ё/i.test(`${m.surname}${m.name}${m.patronymic}`))).toBe(true);
    expect(members.some((m) => m.fio_norm.includes('ё'))).toBe(false);
  });

  it('keeps gender consistent in names, surnames and patronymics of members and chairs', () => {
    const people = [
      ...members.map((m) => ({ surname: m.surname, name: m.name, patronymic: m.patronymic, gender: m.gender })),
      ...(db
        .prepare('SELECT chair_surname AS surname, chair_name AS name, chair_patronymic AS patronymic, chair_gender AS gender FROM organizations WHERE chair_surname IS NOT NULL')
        .all() as Array<{ surname: string; name: string; patronymic: string; gender: string }>),
    ];
    expect(people.length).toBeGreaterThan(3000);
    for (const p of people) {
      const who = `${p.surname} ${p.name} ${p.patronymic}`;
      if (p.gender === 'female') {
        expect(p.patronymic, who).toMatch(/на$/);
        expect(FEMALE.has(p.name), who).toBe(true);
        expect(p.surname, who).not.toMatch(/(ов|ев|ёв|ин|ский|цкий)$/);
      } else {
        expect(p.gender, who).toBe('male');
        expect(p.patronymic, who).toMatch(/ич$/);
        expect(MALE.has(p.name), who).toBe(true);
        expect(p.surname, who).not.toMatch(/(ова|ева|ёва|ина|ская|цкая)$/);
      }
    }
  });

  it('keeps categories, ages and dates plausible', () => {
    const share = (cat: string) => members.filter((m) => m.category === cat).length / members.length;
    expect(share('working')).toBeGreaterThan(0.68);
    expect(share('working')).toBeLessThan(0.82);
    expect(share('student')).toBeGreaterThan(0.15);
    expect(share('student')).toBeLessThan(0.25);
    expect(share('pensioner')).toBeGreaterThan(0.005);
    expect(share('unset')).toBeGreaterThan(0.01);
    const kinds = new Map(
      (db.prepare('SELECT id, kind FROM organizations').all() as Array<{ id: number; kind: string }>).map((r) => [r.id, r.kind]),
    );
    for (const m of members) {
      const age = ageOn(m.birth_date, DEMO_AS_OF);
      const who = `${m.id} ${m.category} ${m.birth_date}`;
      if (m.category === 'student') {
        expect(kinds.get(m.org_id), who).toBe('students');
        expect(age, who).toBeGreaterThanOrEqual(16);
        expect(age, who).toBeLessThanOrEqual(25);
      } else if (m.category === 'working') {
        expect(kinds.get(m.org_id), who).not.toBe('students');
        expect(age, who).toBeGreaterThanOrEqual(20);
        expect(age, who).toBeLessThanOrEqual(70);
      } else if (m.category === 'pensioner') {
        expect(age, who).toBeGreaterThanOrEqual(55);
        expect(age, who).toBeLessThanOrEqual(85);
      }
      expect(m.joined_on <= m.registered_on, who).toBe(true);
      expect(m.registered_on <= DEMO_AS_OF, who).toBe(true);
      expect(m.registered_on >= '2020-01-15', who).toBe(true);
      if (m.removed_on !== null) {
        expect(m.removed_on >= m.registered_on && m.removed_on <= DEMO_AS_OF, who).toBe(true);
        expect(m.removal_reason, who).not.toBeNull();
      } else {
        expect(m.removal_reason, who).toBeNull();
      }
      const produced = (CARD_PRODUCED_STATUSES as readonly string[]).includes(m.card_status);
      expect(m.card_number !== null, who).toBe(produced);
      expect(m.card_status_date === null, who).toBe(m.card_status === 'none');
      expect(m.pd_consent_date === null, who).toBe(m.pd_consent === 0);
    }
  });
});

describe('demo region with default options', () => {
  it('has ~60 locals, ~1,500 primaries, every tier, and realistic shares', async () => {
    const tmp = tempDir('profreestr-demo-');
    try {
      const file = path.join(tmp.dir, 'default.profreestr');
      await writeDemoRegion(file, DEFAULT_DEMO_OPTIONS);
      const db = openReadonly(file);
      try {
        const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
        expect(n('SELECT count(*) AS n FROM members')).toBe(45000);
        const locals = n("SELECT count(*) AS n FROM organizations WHERE level = 'local'");
        expect(locals).toBeGreaterThanOrEqual(55);
        expect(locals).toBeLessThanOrEqual(65);
        expect(n("SELECT count(*) AS n FROM organizations WHERE kind = 'territorial_org'")).toBeGreaterThanOrEqual(1);
        expect(n("SELECT count(*) AS n FROM organizations WHERE kind = 'city_org'")).toBeGreaterThanOrEqual(1);
        const primaries = n("SELECT count(*) AS n FROM organizations WHERE level = 'primary'");
        expect(primaries).toBeGreaterThan(1300);
        expect(primaries).toBeLessThan(1700);
        const emptyChair = n("SELECT count(*) AS n FROM organizations WHERE level = 'primary' AND chair_surname IS NULL");
        expect(emptyChair / primaries).toBeGreaterThan(0.01);
        expect(emptyChair / primaries).toBeLessThan(0.06);
        const chairFields = db
          .prepare(
            `SELECT sum(chair_term_end < '${DEMO_AS_OF}') AS expired, sum(chair_term_start IS NULL) AS noTerm,
                    sum(chair_email IS NULL) AS noEmail, sum(chair_email NOT LIKE '%_@_%._%') AS badEmail,
                    sum(chair_email_consent = 0) AS noConsent
             FROM organizations WHERE chair_surname IS NOT NULL`,
          )
          .get() as Record<string, number>;
        for (const [k, v] of Object.entries(chairFields)) expect(v, k).toBeGreaterThan(0);
        expect(new Set(localCoverage(db).map(tierOf)).size).toBe(4);
        const card = (status: string) => n(`SELECT count(*) AS n FROM members WHERE card_status = '${status}'`) / 45000;
        expect(card('issued')).toBeGreaterThan(0.3);
        expect(card('refused')).toBeGreaterThan(0.12);
        expect(card('none')).toBeGreaterThan(0.2);
        const refusedWithoutApp = n("SELECT count(*) AS n FROM members WHERE card_status = 'refused' AND app_installed = 0");
        expect(refusedWithoutApp / n("SELECT count(*) AS n FROM members WHERE card_status = 'refused'")).toBeCloseTo(1 / 3, 1);
        const avg = (col: string) => n(`SELECT avg(${col}) AS n FROM members`);
        expect(avg('app_installed')).toBeCloseTo(0.3, 1);
        expect(avg('profcards')).toBeCloseTo(0.15, 1);
        expect(avg('pd_consent')).toBeCloseTo(0.9, 1);
        expect(avg('mailing_consent')).toBeCloseTo(0.6, 1);
        expect(avg('joined_online')).toBeCloseTo(0.05, 1);
        expect(avg('removed_on IS NOT NULL')).toBeCloseTo(0.02, 1);
      } finally {
        db.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
