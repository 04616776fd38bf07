import { partText, type DraftPart } from '../../../../shared/domain/documents';
import { DOCUMENTS_TEXT } from './strings';

interface Props {
  part: DraftPart;
  /** The point number the part prints with, for orientation. */
  caption: string;
  onChange: (edited: string | null) => void;
}

const T = DOCUMENTS_TEXT;

/** One part of the draft: its text to edit, whether it is the program's or the user's. */
export function PartEditor({ part, caption, onChange }: Props) {
  const text = partText(part);
  const rows = Math.min(16, Math.max(2, text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 75)), 0)));
  return (
    <div className={`part-editor${part.edited !== null ? ' part-editor--edited' : ''}`} data-part={part.key}>
      <div className="part-editor__head">
        <span className="part-editor__caption">{caption}</span>
        <span className="part-editor__kind">{part.fixed ? T.fixed : T.data}</span>
        {part.edited !== null && (
          <>
            <span className="part-editor__badge">{T.edited}</span>
            <button type="button" onClick={() => onChange(null)}>
              {T.revert}
            </button>
          </>
        )}
      </div>
      <textarea aria-label={caption} rows={rows} value={text} onChange={(e) => onChange(e.target.value === part.generated ? null : e.target.value)} />
    </div>
  );
}
