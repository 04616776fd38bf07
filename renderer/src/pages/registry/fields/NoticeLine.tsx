import { REGISTRY_TEXT } from '../strings';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** Listed under the text: the problems of a refused paste or action. */
  lines?: string[];
}

/** The line above a grid: what was saved, or why it was refused (read aloud as an alert). */
export function NoticeLine({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  return (
    <div className={`members-notice members-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div className="members-notice__text">
        {notice.text}
        {notice.lines && notice.lines.length > 0 && (
          <ul>
            {notice.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="members-notice__close" aria-label={REGISTRY_TEXT.dialog.close} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
