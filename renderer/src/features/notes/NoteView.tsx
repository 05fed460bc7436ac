import type { LexicalEditor } from 'lexical';
import { memo, useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { NoteContent, NoteMetadata, StoredNote } from '../../../../shared/note-format';
import { numberCitations } from '../../editor/citations/numbering';
import { ReferencesPreview } from '../../editor/citations/ReferencesPreview';
import { useServedCitations } from '../../editor/citations/useServedCitations';
import { CitationNumbersContext, LiveFactsContext, ServedCitationsContext } from '../../editor/FactsContext';
import { CitationFormsPlugin } from '../../editor/plugins/CitationFormsPlugin';
import { CiteWordsButton } from '../../editor/plugins/CitationFormsPlugin/CiteWordsButton';
import { NoteEditor } from '../../editor/NoteEditor';
import { SmartQuotesPlugin } from '../../editor/plugins/SmartQuotesPlugin';
import type { NoteCitation } from '../../../../shared/note-format';
import { SpellCheckPlugin } from '../../editor/plugins/SpellCheckPlugin';
import type { DocumentSummary } from '../../editor/plugins/DocumentWatchPlugin';
import { FactTypeaheadPlugin } from '../../editor/plugins/FactTypeaheadPlugin';
import { InsertFactPlugin } from '../../editor/plugins/InsertFactPlugin';
import { citationFindings } from '../../../../shared/citation-state';
import { citationFindingWording } from '../../../../shared/finding-wording';
import type { StatusFinding } from '../statusbar/FindingsPopover';
import { liveStanding } from '../../editor/nodes/chipState';
import { useLiveFacts } from '../facts/useLiveFacts';
import { MetadataPanel } from '../metadata/MetadataPanel';
import { estimatePages, noteLayout } from '../../../../shared/page-estimate';
import { pageMetrics, profileFor } from '../../../../shared/document-profiles';
import { useTranslation } from 'react-i18next';
import { PrintButton } from '../print/PrintButton';
import { useNoteProfile } from '../print/useNoteProfile';

export interface NoteStats {
  words: number;
  /** Pages the note will print to (shared/page-estimate.ts), footnotes and references included. */
  pages: number;
  citations: number;
  warnings: number;
  /** The citation findings the warning count includes (the export check's, worded the same), in note order. */
  findings: readonly StatusFinding[];
  /** Plain-language hints the warning count includes (marked on their paragraphs). */
  hints: number;
}

function sameFacts(a: readonly NoteCitation[], b: readonly NoteCitation[]): boolean {
  return a.length === b.length && a.every((f, i) => f.factId === b[i]!.factId && f.factVersion === b[i]!.factVersion && f.text === b[i]!.text && f.form === b[i]!.form);
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
  const { t } = useTranslation();
  const templateId = note.templateId;
  // Only the chips are React state here: the word count goes straight to the status bar.
  const [facts, setFacts] = useState<NoteCitation[]>([]);
  const [hintCount, setHintCount] = useState(0);
  const { numbers, citations } = useMemo(() => numberCitations(facts), [facts]);
  const factIds = useMemo(() => citations.map((c) => c.factId), [citations]);
  const { live, error: liveError } = useLiveFacts(factIds);
  // Each note as the note's profile formats it (Decree 30: every note a full citation), as Word and print show it.
  const served = useServedCitations(citations, live, { templateId, language: metadata.language, profileId: metadata.profileId });
  const noteProfile = useNoteProfile(templateId, metadata.language, metadata.profileId);
  // The page estimate lays the note out on the profile Word uses; the template's built-in one until the back end answers.
  const { profile } = noteProfile;
  const metrics = useMemo(() => pageMetrics(profile ?? profileFor({ templateId, metadata })), [profile, templateId, metadata]);

  // The same findings, counted and worded the same way, as the export check lists (shared/citation-state.ts).
  const findings = useMemo(() => {
    const textOf = new Map(facts.map((c) => [`${c.factId}@${c.factVersion}`, c.text]));
    return citationFindings(facts, (id) => liveStanding(id, live), metadata.language).map(
      (f): StatusFinding => ({ ...f, ...citationFindingWording(f, textOf.get(`${f.factId}@${f.factVersion}`) ?? '', live.facts.get(f.factId)) }),
    );
  }, [facts, live, metadata.language]);
  // Keep the same facts array while the chips are unchanged, so citation numbers (and every chip) don't re-render as the word count moves.
  const onSummary = useCallback(
    (next: DocumentSummary) => {
      setFacts((prev) => (sameFacts(prev, next.facts) ? prev : next.facts));
      const content = editorRef.current?.getEditorState().toJSON() as NoteContent | undefined;
      onStats({ words: next.words, ...(content ? { pages: estimatePages(noteLayout({ content, metadata }), metrics) } : {}) });
    },
    [onStats, editorRef, metadata, metrics],
  );

  const warnings = hintCount + findings.length;
  useEffect(() => onStats({ citations: citations.length, warnings, findings, hints: hintCount }), [citations.length, warnings, findings, hintCount, onStats]);

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
                <CitationFormsPlugin />
                <SmartQuotesPlugin enabled={props.smartQuotes} />
                <SpellCheckPlugin language={metadata.language} />
              </>
            }
            toolbarEnd={
              <>
                <CiteWordsButton />
                <button type="button" className="button button-small" onClick={props.onShowHistory} data-testid="show-history">
                  {t('note.history')}
                </button>
                <button type="button" className="button button-small" onClick={props.onSave} title={t('note.saveTitle')} data-testid="save-now">
                  {t('note.save')}
                </button>
                <PrintButton noteProfile={noteProfile} metadata={metadata} served={served.byFact} />
              </>
            }
            before={
              <>
                <MetadataPanel
                  metadata={metadata}
                  templateId={note.templateId}
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
