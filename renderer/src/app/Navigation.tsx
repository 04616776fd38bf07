import { PAGE_IDS, pageLabel, type PageId } from './pages';
import { APP_TEXT } from './strings';

interface Props {
  current: PageId;
  /** False while no file is open: the sections have nothing to show yet. */
  enabled: boolean;
  onSelect: (page: PageId) => void;
}

/** The left section list; its buttons are named exactly like the pages. */
export function Navigation({ current, enabled, onSelect }: Props) {
  return (
    <nav className="app-nav" aria-label={APP_TEXT.navLabel}>
      <div className="app-nav__brand">{APP_TEXT.appName}</div>
      <ul className="app-nav__list">
        {PAGE_IDS.map((page) => (
          <li key={page}>
            <button
              type="button"
              className="app-nav__item"
              aria-current={enabled && page === current ? 'page' : undefined}
              disabled={!enabled}
              onClick={() => onSelect(page)}
            >
              {pageLabel(page)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
