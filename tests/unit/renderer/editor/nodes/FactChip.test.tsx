// @vitest-environment jsdom
import type { LexicalEditor } from 'lexical';
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServedCitation } from '../../../../../shared/contract/export';
import type { FactSummary } from '../../../../../shared/model';
import type { NoteContent } from '../../../../../shared/note-format';
import { CitationNumbersContext, LiveFactsContext, ServedCitationsContext } from '../../../../../renderer/src/editor/FactsContext';
import { NoteEditor } from '../../../../../renderer/src/editor/NoteEditor';
import type { LiveFacts } from '../../../../../renderer/src/editor/nodes/chipState';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const content: NoteContent = {
  root: {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        version: 1,
        children: [
          { type: 'text', version: 1, text: 'Unemployment was ', format: 0, detail: 0, mode: 'normal', style: '' },
          { type: 'fact', version: 1, factId: 'f-unemp', factVersion: 2, text: '6.1% in 2025' },
          { type: 'text', version: 1, text: ' and ', format: 0, detail: 0, mode: 'normal', style: '' },
          { type: 'fact', version: 1, factId: 'f-gone', factVersion: 1, text: '38 nurses' },
        ],
      },
    ],
  },
};

function fact(id: string, version: number, statement: string, status: FactSummary['status']): FactSummary {
  return {
    id, version, status, statement, metric: null, subject: null, valueLow: null, valueHigh: null, unit: null, qualifier: null,
    period: null, claimant: null, topics: [], notes: '', language: 'en', translations: {}, verifiedBy: 'M. Chen', verifiedAt: '2026-10-02T00:00:00Z', origin: 'local',
    corroborated: false, inConflict: false, conflictResolution: null, sources: [{ id: 's', title: 'Labour Force Survey', publisher: 'Statistics Agency', published: '2026-01' }],
    quote: 'The rate was 6.3%.', updatedAt: '2026-10-02T00:00:00Z',
  };
}

const bulletin = { id: 's2', title: 'Monthly Bulletin', publisher: 'Statistics Agency', authors: [], published: '2026-02', url: null, accessed: null };
const served = new Map<string, ServedCitation>([
  [
    'f-unemp',
    {
      number: 1, factId: 'f-unemp', factVersion: 2, found: true,
      quote: { text: 'Unemployment stood at 6.1%.', evidenceId: 'f-unemp.e2', sourceId: 's2', anchor: 'anchored' },
      sources: [{ ...bulletin, id: 's', title: 'Labour Force Survey' }, bulletin], text: 'Labour Force Survey; Monthly Bulletin.', segments: [],
    },
  ],
]);

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function renderNote(live: LiveFacts) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const editorRef = createRef<LexicalEditor | null>() as { current: LexicalEditor | null };
  const changes: number[] = [];
  root = createRoot(container);
  await act(async () => {
    root!.render(
      <LiveFactsContext.Provider value={live}>
        <ServedCitationsContext.Provider value={served}>
        <CitationNumbersContext.Provider value={new Map([['f-unemp', 1], ['f-gone', 2]])}>
          <NoteEditor
            content={content}
            editorRef={editorRef}
            onContentChange={() => changes.push(Date.now())}
            onSummary={() => undefined}
            onHintCount={() => undefined}
          />
        </CitationNumbersContext.Provider>
        </ServedCitationsContext.Provider>
      </LiveFactsContext.Provider>,
    );
  });
  return { container, editorRef, changes };
}

describe('FactChip', () => {
  it('shows each chip with its live state and citation number, never changing its text by itself', async () => {
    const { container, changes } = await renderNote({ facts: new Map([['f-unemp', fact('f-unemp', 3, '6.3% in 2025', 'verified')]]), missing: new Set(['f-gone']) });
    const chips = [...container.querySelectorAll('[data-testid="fact-chip"]')];
    expect(chips.map((c) => [c.getAttribute('data-fact-id'), c.getAttribute('data-state')])).toEqual([
      ['f-unemp', 'stale'],
      ['f-gone', 'unlinked'],
    ]);
    expect(chips[0]!.querySelector('.fact-chip-text')!.textContent).toBe('6.1% in 2025');
    expect(chips[0]!.querySelector('sup')!.textContent).toBe('1');
    expect(chips[1]!.querySelector('.fact-chip-text')!.textContent).toBe('38 nurses');
    expect(changes).toEqual([]);
  });

  it('updates only that chip to the new version when the user clicks update', async () => {
    const { container, editorRef, changes } = await renderNote({ facts: new Map([['f-unemp', fact('f-unemp', 3, '6.3% in 2025', 'verified')]]), missing: new Set() });
    const button = container.querySelector<HTMLButtonElement>('[data-testid="chip-update"]')!;
    await act(async () => button.click());
    const chip = container.querySelector('[data-fact-id="f-unemp"][data-testid="fact-chip"]')!;
    expect(chip.getAttribute('data-state')).toBe('current');
    expect(chip.querySelector('.fact-chip-text')!.textContent).toBe('6.3% in 2025');
    const saved = JSON.stringify(editorRef.current!.getEditorState().toJSON());
    expect(saved).toContain('"factId":"f-unemp","factVersion":3,"form":"statement","text":"6.3% in 2025"');
    expect(saved).toContain('"factId":"f-gone","factVersion":1,"form":"statement","text":"38 nurses"');
    expect(changes.length).toBeGreaterThan(0);
  });

  it('shows the quote and source the footnote uses (export.citations), status and verifier on hover', async () => {
    const { container } = await renderNote({ facts: new Map([['f-unemp', fact('f-unemp', 2, '6.1% in 2025', 'verified')]]), missing: new Set() });
    const chip = container.querySelector('[data-fact-id="f-unemp"][data-testid="fact-chip"]')!;
    await act(async () => chip.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    const tooltip = document.querySelector('[role="tooltip"]')!;
    expect(tooltip.textContent).toContain('Verified and current');
    expect(tooltip.textContent).toContain('Monthly Bulletin');
    // The served quote, not the fact summary's first quote.
    expect(tooltip.textContent).toContain('Unemployment stood at 6.1%.');
    expect(tooltip.textContent).not.toContain('The rate was 6.3%.');
    expect(tooltip.textContent).toContain('M. Chen');
  });
});
