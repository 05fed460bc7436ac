import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layout } from './useLayout';

interface Props {
  title: string | null;
  classification?: string;
  layout: Layout;
  onLayout(change: Partial<Layout>): void;
  actions?: ReactNode;
  onSettings(): void;
}

export function AppHeader({ title, classification, layout, onLayout, actions, onSettings }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <button
        type="button"
        className="icon-button"
        aria-pressed={layout.libraryOpen}
        aria-controls={layout.libraryOpen ? 'library-pane' : undefined}
        aria-label={t('header.showLibrary')}
        title={t('header.showLibrary')}
        onClick={() => onLayout({ libraryOpen: !layout.libraryOpen })}
      >
        <PaneIcon side="left" />
      </button>
      <span className="app-name">{t('header.appName')}</span>
      {title !== null && (
        <span className="app-title" aria-label={t('header.openNote')}>
          <span className="app-title-sep" aria-hidden="true">/</span> {title || t('header.untitled')}
        </span>
      )}
      {classification && <span className="classification-badge">{classification}</span>}
      <span className="header-spacer" />
      {actions}
      <button type="button" className="icon-button" aria-label={t('header.settings')} title={t('header.settings')} data-testid="open-settings" onClick={onSettings}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="2.5" fill="none" stroke="currentColor" />
          <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4" stroke="currentColor" />
        </svg>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-pressed={layout.factsOpen}
        aria-controls={layout.factsOpen ? 'facts-pane' : undefined}
        aria-label={t('header.showFacts')}
        title={t('header.showFacts')}
        onClick={() => onLayout({ factsOpen: !layout.factsOpen })}
      >
        <PaneIcon side="right" />
      </button>
    </header>
  );
}

function PaneIcon({ side }: { side: 'left' | 'right' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" />
      <rect x={side === 'left' ? 2 : 10} y="3" width="4" height="10" fill="currentColor" opacity="0.5" />
    </svg>
  );
}
