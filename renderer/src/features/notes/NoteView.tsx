import type { LexicalEditor } from 'lexical';
import { memo, useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { NoteMetadata, StoredNote } from '../../../../shared/note-format';
import { numberCitations } from '../../editor/citations/numbering';
import { ReferencesPreview } from '../../editor/citations/ReferencesPreview';
import { useServedCitations } from '../../editor/citations/useServedCitations';
import { CitationNumbersContext, LiveFactsContext, ServedCitationsContext } from '../../editor/FactsContext';
import { NoteEditor } from '../../editor/NoteEditor';
import { SmartQuotesPlugin } from '../../editor/plugins/SmartQuotesPlugin';
import { SpellCheckPlugin } from '../../editor/plugins/SpellCheckPlugin';
import type { FactReference } from '../../editor/nodes/FactNode';
import type { DocumentSummary } from '../../editor/plugins/DocumentWatchPlugin';
import { FactTypeaheadPlugin } from '../../editor/plugins/FactTypeaheadPlugin';
import { InsertFactPlugin } from '../../editor/plugins/InsertFactPlugin';
import { citationFindings } from '../../../../shared/citation-state';
import { liveStanding } from '../../editor/nodes/chipState';
import { useLiveFacts } from '../facts/useLiveFacts';
import { MetadataPanel } from '../metadata/MetadataPanel';

export interface NoteStats {
  words: number;
  citations: number;
  warnings: number;
}

function sameFacts(a: readonly FactReference[], b: readonly FactReference[]): boolean {
  return a.length === b.length && a.every((f, i) => f.factId === b[i]!.factId && f.factVersion === b[i]!.factVersion && f.text === b[i]!.text);
}

interface Props {
  note: StoredNote;
  loadKey: number;
  metadata: NoteMetadata;
  classifications: readonly string[];
  editorRef: RefObject<LexicalEditor | null>;
  metadataOpen: boolean;
  onToggleMetadata(): void;
  onMetadata(change: Partial<NoteMetadata>): void;
  onContentChange(): void;
  onStats(change: Partial<NoteStats>): void;
  onShowHistory(): void;
  onSave(): void;
  /** Typed ' and " become typographic quotes (the user's setting). */
  smartQuotes: boolean;
}

/**
 * The centre pane: the note's details, the editor, and the references preview, with live fact status.
 * Memoized: the app re-renders on every save-state change (the first key after a save), and
 * re-rendering a long note's editor and plugins then would delay that keystroke.
 */
export const NoteView = memo(function NoteView(props: Props) {
  const { note, loadKey, metadata, classifications, editorRef, onStats } = props;
  // Only the chips are React state here: the word count goes straight to the status bar.
  const [facts, setFacts] = useState<FactReference[]>([]);
  const [hintCount, setHintCount] = useState(0);
  const { numbers, citations } = useMemo(() => numberCitations(facts), [facts]);
  const factIds = useMemo(() => citations.map((c) => c.factId), [citations]);
  const { live, error: liveError } = useLiveFacts(factIds);
  const served = useServedCitations(citations, live, metadata.language);

  // The same findings, counted the same way, as the export check lists (shared/citation-state.ts).
  const chipWarnings = useMemo(() => citationFindings(facts, (id) => liveStanding(id, live), metadata.language).length, [facts, live, metadata.language]);
  // Keep the same facts array while the chips are unchanged, so citation numbers (and every chip) don't re-render as the word count moves.
  const onSummary = useCallback(
    (next: DocumentSummary) => {
      setFacts((prev) => (sameFacts(prev, next.facts) ? prev : next.facts));
      onStats({ words: next.words });
    },
    [onStats],
  );

  const warnings = hintCount + chipWarnings;
  useEffect(() => onStats({ citations: citations.length, warnings }), [citations.length, warnings, onStats]);

  return (
    <LiveFactsContext.Provider value={live}>
      <ServedCitationsContext.Provider value={served.byFact}>
        <CitationNumbersContext.Provider value={numbers}>
          <NoteEditor
            key={`${note.id}:${loadKey}`}
            content={note.content}
            editorRef={editorRef}
            onContentChange={props.onContentChange}
            onSummary={onSummary}
            onHintCount={setHintCount}
            plugins={
              <>
                <InsertFactPlugin />
                <FactTypeaheadPlugin />
                <SmartQuotesPlugin enabled={props.smartQuotes} />
                <SpellCheckPlugin language={metadata.language} />
              </>
            }
            toolbarEnd={
              <>
                <button type="button" className="button button-small" onClick={props.onShowHistory} data-testid="show-history">
                  History
                </button>
                <button type="button" className="button button-small" onClick={props.onSave} title="Save a version (Ctrl+S)" data-testid="save-now">
                  Save version
                </button>
              </>
            }
            before={
              <>
                <MetadataPanel
                  metadata={metadata}
                  classifications={classifications}
                  open={props.metadataOpen}
                  onToggle={props.onToggleMetadata}
                  onChange={props.onMetadata}
                />
                {liveError && (
                  <p className="live-error" role="status">
                    The facts cited here could not be checked against the store ({liveError}). Their text is unchanged.
                  </p>
                )}
              </>
            }
            after={<ReferencesPreview served={served} />}
          />
        </CitationNumbersContext.Provider>
      </ServedCitationsContext.Provider>
    </LiveFactsContext.Provider>
  );
});
