import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import './components.css';

interface Props {
  /** Width in pixels of the pane to the splitter's left. */
  value: number;
  min: number;
  max: number;
  label: string;
  onChange: (value: number) => void;
}

const KEY_STEP = 24;

/** A draggable vertical divider between two panes; arrows move it from the keyboard too. */
export function Splitter({ value, min, max, label, onChange }: Props) {
  const drag = useRef<{ startX: number; startValue: number } | null>(null);
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startValue: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onChange(clamp(drag.current.startValue + event.clientX - drag.current.startX));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowLeft') onChange(clamp(value - KEY_STEP));
    else if (event.key === 'ArrowRight') onChange(clamp(value + KEY_STEP));
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
