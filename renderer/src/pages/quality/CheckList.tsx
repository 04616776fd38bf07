import { CHECK_GROUPS } from '../../../../shared/quality/catalog';
import { QUALITY_TEXT } from '../../../../shared/quality/strings';
import type { CheckSummary } from '../../../../shared/api/methods/quality';
import { QUALITY_PAGE_TEXT as T } from './strings';

interface Props {
  checks: readonly CheckSummary[];
  selected: string | null;
  onSelect: (id: CheckSummary['id']) => void;
}

/** Every check by group: severity, title and count; a check without findings is dimmed. */
export function CheckList({ checks, selected, onSelect }: Props) {
  return (
    <nav className="check-list" aria-label={T.checksLabel}>
      {CHECK_GROUPS.map((group) => (
        <section key={group}>
          <h2 className="check-list__group">{QUALITY_TEXT.group[group]}</h2>
          <ul>
            {checks
              .filter((c) => c.group === group)
              .map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className={'check-list__item' + (c.count === 0 ? ' check-list__item--clean' : '')}
                    aria-current={c.id === selected ? 'true' : undefined}
                    data-check={c.id}
                    onClick={() => onSelect(c.id)}
                  >
                    <span className={`severity severity--${c.severity}`}>{QUALITY_TEXT.severity[c.severity]}</span>
                    <span className="check-list__title">{c.title}</span>
                    <span className="check-list__count">{c.count === 0 ? T.none : T.count(c.count)}</span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
