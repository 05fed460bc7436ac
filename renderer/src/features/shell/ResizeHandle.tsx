import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampWidth, paneLimits } from './useLayout';

interface Props {
  label: string;
  width: number;
  /** +1 when dragging right widens the pane (the left pane), -1 for the right pane. */
  direction: 1 | -1;
  controls: string;
  onResize(width: number): void;
}

/** A vertical splitter: drag with the pointer, or focus it and use the arrow keys (WAI-ARIA window splitter). */
export function ResizeHandle({ label, width, direction, controls, onResize }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    start.current = { x: e.clientX, width };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(clampWidth(start.current.width + direction * (e.clientX - start.current.x)));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    start.current = null;
    e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 48 : 16;
    const keys: Record<string, number> = {
      ArrowLeft: width - direction * step,
      ArrowRight: width + direction * step,
      Home: paneLimits.min,
      End: paneLimits.max,
    };
    const next = keys[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onResize(clampWidth(next));
  };

  return (
    <div
      className="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={paneLimits.min}
      aria-valuemax={paneLimits.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
