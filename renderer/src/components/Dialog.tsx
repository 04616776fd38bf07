import { useEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

interface Props {
  title: string;
  /** The «×» button's accessible name. */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
  /** The buttons row at the bottom. */
  footer?: ReactNode;
  wide?: boolean;
}

/** A modal window over the page: Esc or «×» closes it; focus starts inside and returns after. */
export function Dialog({ title, closeLabel, onClose, children, footer, wide }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button:not(.dialog__close)');
    (first ?? box.current)?.focus();
    return () => before?.focus();
  }, []);

  return (
    <div className="dialog-overlay">
      <div
        ref={box}
        className={'dialog' + (wide ? ' dialog--wide' : '')}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={(event) => {
          // Keys typed in a dialog never reach the grid underneath.
          event.stopPropagation();
          if (event.key === 'Escape') onClose();
        }}
      >
        <div className="dialog__head">
          <h2 className="dialog__title">{title}</h2>
          <button type="button" className="dialog__close" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
            ×
          </button>
        </div>
        <div className="dialog__body">{children}</div>
        {footer && <div className="dialog__foot">{footer}</div>}
      </div>
    </div>
  );
}
