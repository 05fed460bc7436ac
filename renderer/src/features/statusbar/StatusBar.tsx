import { useSyncExternalStore } from 'react';
import type { StatsStore } from './statsStore';
import { pageGuideline } from '../../../../shared/page-estimate';
import { saveStateLabel, type SaveState } from './stats';

interface Props {
  /** Without an open note only the save state and version show. */
  hasNote: boolean;
  /** Word count, citations and warnings: subscribed to here, so typing re-renders only the status bar. */
  stats: StatsStore;
  saveState: SaveState;
  version: string | null;
  onAbout(): void;
}

export function StatusBar({ hasNote, stats, saveState, version, onAbout }: Props) {
  const { words, pages, citations, warnings } = useSyncExternalStore(stats.subscribe, stats.get);
  // The export check's "too long" rule (shared/page-estimate.ts), footnotes and references included.
  const overLength = pages > pageGuideline;
  return (
    <footer className="status-bar" aria-label="Status">
      {hasNote && (
        <>
          <span data-testid="word-count">{words.toLocaleString()} {words === 1 ? 'word' : 'words'}</span>
          <span className={overLength ? 'status-warn' : undefined} data-testid="page-estimate" title={`Text, footnotes and references on A4; guideline ${pageGuideline} pages`}>
            ≈ {pages.toFixed(1)} of {pageGuideline} pages{overLength ? ' (over guideline)' : ''}
          </span>
          <span data-testid="citation-count">{citations} {citations === 1 ? 'citation' : 'citations'}</span>
          <span className={warnings > 0 ? 'status-warn' : undefined} data-testid="warning-count">
            {warnings} {warnings === 1 ? 'warning' : 'warnings'}
          </span>
        </>
      )}
      <span className="status-spacer" />
      <span
        role="status"
        data-testid="save-state"
        data-state={saveState.kind}
        className={saveState.kind === 'failed' ? 'status-error status-save' : 'status-save'}
        title={saveStateLabel(saveState)}
      >
        {saveStateLabel(saveState)}
      </span>
      <button type="button" className="link-button" onClick={onAbout}>
        Briefing Studio{version ? ` ${version}` : ''}
      </button>
    </footer>
  );
}
