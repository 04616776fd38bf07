import { useMemo, useState } from 'react';
import type { OrgGridRow } from '../../../../../shared/api/methods/edit';
import { ORG_LEVEL_LABELS } from '../../../../../shared/domain/enums';
import { normalizeWord } from '../../../../../shared/values';
import { REGISTRY_TEXT } from '../strings';

interface Props {
  orgs: readonly OrgGridRow[];
  /** Which organizations may be chosen. */
  allowed: (org: OrgGridRow) => boolean;
  value: number | null;
  onChange: (id: number) => void;
  id: string;
}

const SHOWN = 100;

/** Chooses an organization by typing part of its name (ё as е, any case). */
export function OrgPicker({ orgs, allowed, value, onChange, id }: Props) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = normalizeWord(query);
    const out: OrgGridRow[] = [];
    for (const org of orgs) {
      if (!allowed(org)) continue;
      if (q && !normalizeWord(`${org.name} ${org.shortName ?? ''}`).includes(q)) continue;
      out.push(org);
      if (out.length >= SHOWN) break;
    }
    return out;
  }, [orgs, allowed, query]);

  return (
    <div className="org-picker">
      <input
        id={id}
        type="text"
        value={query}
        placeholder={REGISTRY_TEXT.dialog.pickOrg}
        aria-label={REGISTRY_TEXT.dialog.pickOrg}
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="org-picker__list" role="listbox" aria-label={REGISTRY_TEXT.dialog.target}>
        {matches.length === 0 && <li className="org-picker__empty">{REGISTRY_TEXT.dialog.noOrgFound}</li>}
        {matches.map((org) => (
          <li
            key={org.id}
            role="option"
            aria-selected={org.id === value}
            className={'org-picker__item' + (org.id === value ? ' org-picker__item--chosen' : '')}
            onClick={() => onChange(org.id)}
          >
            {org.name}
            <span className="org-picker__level">{ORG_LEVEL_LABELS[org.level]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
