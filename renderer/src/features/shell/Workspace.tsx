import type { ReactNode } from 'react';
import { ResizeHandle } from './ResizeHandle';
import type { Layout } from './useLayout';

interface Props {
  layout: Layout;
  onLayout(change: Partial<Layout>): void;
  library: ReactNode;
  editor: ReactNode;
  facts: ReactNode;
}

/** The three panes: notes library, the note, facts. Side panes resize and collapse. */
export function Workspace({ layout, onLayout, library, editor, facts }: Props) {
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
          <nav id="library-pane" className="pane pane-library" aria-label="Notes library">
            {library}
          </nav>
          <ResizeHandle
            label="Resize notes library"
            controls="library-pane"
            width={layout.libraryWidth}
            direction={1}
            onResize={(libraryWidth) => onLayout({ libraryWidth })}
          />
        </>
      )}
      <main id="editor-pane" className="pane pane-editor" aria-label="Note">
        {editor}
      </main>
      {layout.factsOpen && (
        <>
          <ResizeHandle
            label="Resize fact panel"
            controls="facts-pane"
            width={layout.factsWidth}
            direction={-1}
            onResize={(factsWidth) => onLayout({ factsWidth })}
          />
          <aside id="facts-pane" className="pane pane-facts" aria-label="Facts">
            {facts}
          </aside>
        </>
      )}
    </div>
  );
}
