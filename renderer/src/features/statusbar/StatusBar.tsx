import { useSyncExternalStore } from 'react';
import type { StatsStore } from './statsStore';
import { pageGuideline } from '../../../../shared/page-estimate';
import { saveStateLabel, type SaveState } from './stats';
import { useTranslation } from 'react-i18next';
import { DepartmentStatus } from '../department/DepartmentStatus';

interface Props {
  /** Without an open note only the save state and version show. */
  hasNote: boolean;
  /** Word count, citations and warnings: subscribed to here, so typing re-renders only the status bar. */
  stats: StatsStore;
  saveState: SaveState;
  version: string | null;
  onAbout(): void;
  /** Opens Settings at the department section (the sync state is a button). */
  onDepartment(): void;
}

export function StatusBar({ hasNote, stats, saveState, version, onAbout, onDepartment }: Props) {
  const { words, pages, citations, warnings } = useSyncExternalStore(stats.subscribe, stats.get);
  const { t } = useTranslation();
  // The export check's "too long" rule (shared/page-estimate.ts), footnotes and references included.
  const overLength = pages > pageGuideline;
  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      {hasNote && (
        <>
          <span data-testid="word-count">{t('library.words', { count: words })}</span>
          <span className={overLength ? 'status-warn' : undefined} data-testid="page-estimate" title={t('status.pagesTitle', { guideline: pageGuideline })}>
            {t('status.pages', { pages, guideline: pageGuideline })}{overLength ? t('status.over') : ''}
          </span>
          <span data-testid="citation-count">{t('status.citations', { count: citations })}</span>
          <span className={warnings > 0 ? 'status-warn' : undefined} data-testid="warning-count">
            {t('status.warnings', { count: warnings })}
          </span>
        </>
      )}
      <span className="status-spacer" />
      <DepartmentStatus onOpen={onDepartment} />
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
