import { APP_TEXT } from './strings';

interface Props {
  message: string;
  onClose: () => void;
}

/** The error line above the page: the engine's Russian message as is, closable. */
export function MessageBar({ message, onClose }: Props) {
  return (
    <div className="message-bar">
      {/* The alert holds the message only, so it is announced (and read by tests) without «×». */}
      <div className="message-bar__text" role="alert">
        {message}
      </div>
      <button
        type="button"
        className="message-bar__close"
        aria-label={APP_TEXT.closeMessage}
        title={APP_TEXT.closeMessage}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
