import { useSyncExternalStore } from 'react';
import type { StatsStore } from './statsStore';
import { estimatePages, guidelineWords, pageGuideline, wordsPerPage } from '../../../../shared/note-text';
import { saveStateLabel, type SaveState } from './stats';
import { useTranslation } from 'react-i18next';

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
  const { words, citations, warnings } = useSyncExternalStore(stats.subscribe, stats.get);
  const pages = estimatePages(words);
  const { t } = useTranslation();
  // The export check's "too long" rule, so the two never disagree about the same note.
  const overLength = words > guidelineWords;
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      {hasNote && (
        <>
          <span data-testid="word-count">{t('library.words', { count: words })}</span>
          <span className={overLength ? 'status-warn' : undefined} data-testid="page-estimate" title={t('status.pagesTitle', { perPage: wordsPerPage, guideline: pageGuideline })}>
            {t('status.pages', { pages: Math.round(pages * 10) / 10, guideline: pageGuideline })}{overLength ? t('status.over') : ''}
          </span>
          <span data-testid="citation-count">{t('status.citations', { count: citations })}</span>
          <span className={warnings > 0 ? 'status-warn' : undefined} data-testid="warning-count">
            {t('status.warnings', { count: warnings })}
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
