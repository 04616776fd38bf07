import type { MouseEvent } from 'react';
import { fileNameOf } from './fileName';
import { START_TEXT } from './strings';

interface Props {
  paths: string[];
  disabled: boolean;
  onOpen: (path: string) => void;
}

/** Files opened recently, newest first; each is a link that opens it. */
export function RecentFiles({ paths, disabled, onOpen }: Props) {
  if (paths.length === 0) return null;
  const open = (event: MouseEvent, path: string) => {
    event.preventDefault();
    if (!disabled) onOpen(path);
  };
  return (
    <section className="recent-files" aria-labelledby="recent-files-heading">
      <h2 id="recent-files-heading">{START_TEXT.recentHeading}</h2>
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <a
              href="#"
              className="recent-files__link"
              aria-disabled={disabled || undefined}
              title={path}
              onClick={(event) => open(event, path)}
            >
              {fileNameOf(path)}
            </a>
            <span className="recent-files__path">{path}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
