import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitationFinding } from '../../../../shared/citation-state';
import type { FindingWording } from '../../../../shared/finding-wording';
import { findingText } from '../export/findings';

/** A citation finding as the status bar lists it: the export check's finding, worded the same. */
export type StatusFinding = CitationFinding & FindingWording;

interface Props {
  findings: readonly StatusFinding[];
  hints: number;
  /** Select the chip in the editor, scrolled into view, with the keyboard on the note. */
  onJump(finding: StatusFinding): void;
  /** Escape or a press outside: the list closes and the keyboard goes back to the note. */
  onClose(returnToEditor: boolean): void;
}

/**
 * What "N warnings" stands for (issue 12, item 6): the same findings as the export check, each a
 * button that jumps to its chip. Arrow keys move between them; Escape closes and returns to the note.
 */
export function FindingsPopover({ findings, hints, onJump, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    (ref.current?.querySelector<HTMLElement>('button') ?? ref.current)?.focus();
    const outside = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (ref.current?.contains(target) || target?.closest?.('[data-testid="warning-count"]')) return;
      onClose(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose(true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    if (buttons.length === 0) return;
    e.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : (at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  };
  return (
    <div className="findings-popover" role="dialog" aria-label={t('status.findingsTitle')} data-testid="findings-list" ref={ref} tabIndex={-1} onKeyDown={onKeyDown}>
      <h2 className="findings-popover-title">{t('status.findingsTitle')}</h2>
      {findings.length === 0 && hints === 0 && <p className="muted">{t('status.noFindings')}</p>}
      {findings.length > 0 && (
        <ul>
          {findings.map((finding) => (
            <li key={`${finding.kind}-${finding.factId}-${finding.factVersion}`}>
              <button
                type="button"
                className={`findings-popover-item findings-popover-item--${finding.severity}`}
                data-testid="finding-jump"
                data-kind={finding.kind}
                data-fact-id={finding.factId}
                onClick={() => onJump(finding)}
              >
                {findingText(finding)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {hints > 0 && <p className="muted" data-testid="findings-hints">{t('status.hints', { count: hints })}</p>}
    </div>
  );
}
