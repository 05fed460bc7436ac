import type { ReactNode } from 'react';
import { ResizeHandle } from './ResizeHandle';
import type { Layout } from './useLayout';
import { useTranslation } from 'react-i18next';

interface Props {
  layout: Layout;
  onLayout(change: Partial<Layout>): void;
  library: ReactNode;
  editor: ReactNode;
  facts: ReactNode;
}

/** The three panes: notes library, the note, facts. Side panes resize and collapse. */
export function Workspace({ layout, onLayout, library, editor, facts }: Props) {
  const { t } = useTranslation();
  const columns = [
    layout.libraryOpen ? `${layout.libraryWidth}px 6px` : '',
    'minmax(360px, 1fr)',
    layout.factsOpen ? `6px ${layout.factsWidth}px` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="workspace" style={{ gridTemplateColumns: columns }}>
      {layout.libraryOpen && (
        <>
          <nav id="library-pane" className="pane pane-library" aria-label={t('workspace.library')}>
            {library}
          </nav>
          <ResizeHandle
            label={t('workspace.resizeLibrary')}
            controls="library-pane"
            width={layout.libraryWidth}
            direction={1}
            onResize={(libraryWidth) => onLayout({ libraryWidth })}
          />
        </>
      )}
      <main id="editor-pane" className="pane pane-editor" aria-label={t('workspace.note')}>
        {editor}
      </main>
      {layout.factsOpen && (
        <>
          <ResizeHandle
            label={t('workspace.resizeFacts')}
            controls="facts-pane"
            width={layout.factsWidth}
            direction={-1}
            onResize={(factsWidth) => onLayout({ factsWidth })}
          />
          <aside id="facts-pane" className="pane pane-facts" aria-label={t('workspace.facts')}>
            {facts}
          </aside>
        </>
      )}
    </div>
  );
}
