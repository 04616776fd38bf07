import { describe, expect, it } from 'vitest';
import { agreeOblique, agreeVerb, declineOrgName } from '../../../shared/ru';

const NB = '\u00a0';

describe('numeral agreement in oblique cases', () => {
  const prep = (n: number) =>
    agreeOblique(n, declineOrgName('местная организация', 'prepositional'), declineOrgName('местные организации', 'prepositional'));
  it('singular after numbers ending in 1 (not 11), plural otherwise', () => {
    expect(prep(1)).toBe(`1${NB}местной организации`);
    expect(prep(21)).toBe(`21${NB}местной организации`);
    expect(prep(11)).toBe(`11${NB}местных организациях`);
    expect(prep(2)).toBe(`2${NB}местных организациях`);
    expect(prep(5)).toBe(`5${NB}местных организациях`);
    expect(prep(101)).toBe(`101${NB}местной организации`);
    expect(prep(1111)).toBe(`1${NB}111${NB}местных организациях`);
    expect(agreeOblique(3, 'организации', 'организаций')).toBe(`3${NB}организаций`);
  });
  it('verb forms follow the subject’s number', () => {
    expect(agreeVerb(1, 'внесла', 'внесли')).toBe('внесла');
    expect(agreeVerb(21, 'внесла', 'внесли')).toBe('внесла');
    expect(agreeVerb(11, 'внесла', 'внесли')).toBe('внесли');
    expect(agreeVerb(3, 'внесла', 'внесли')).toBe('внесли');
    expect(agreeVerb(0, 'внесла', 'внесли')).toBe('внесли');
  });
});
