// @vitest-environment jsdom
/**
 * The XSS corpus rendered by the renderer's own components (issue #7, item 3): every payload
 * as a fact statement, quote, source title and publisher in a FactCard; as note text and
 * fact chip text in the editor, with the chip's hover card showing the live fact; and as
 * pasted HTML through the paste sanitizer. vitest's jsdom runs scripts ("dangerously"), so
 * an injected handler could really run; the test checks both the sentinel and the DOM itself
 * (no element that could run code), and a positive control proves the detector catches markup.
 */
import type { LexicalEditor } from 'lexical';
import { act, createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { FactSummary } from '../../../../shared/model';
import type { NoteContent, SerializedNode } from '../../../../shared/note-format';
import { CitationNumbersContext, LiveFactsContext } from '../../../../renderer/src/editor/FactsContext';
import { NoteEditor } from '../../../../renderer/src/editor/NoteEditor';
import { sanitizePastedHtml } from '../../../../renderer/src/editor/plugins/PasteSanitizePlugin/sanitize';
import { FactCard } from '../../../../renderer/src/features/facts/FactCard';
import { xssPayloads } from '../../../fixtures/hostile/xss';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sentinel = () => (globalThis as { __xss?: unknown }).__xss;
const dangerousTags = 'script, iframe, object, embed, img, svg, math, meta, base, link, style, form, frame, frameset, noscript, template';

/** Everything in `root` that could run code or load something: the test's detector. */
function codePaths(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
      if (/^(href|src|action|formaction|data|xlink:href|srcdoc)$/i.test(attribute.name) && /^\s*(javascript|data:text\/html|vbscript)/i.test(attribute.value)) {
        found.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 30)}]`);
      }
      if (attribute.name === 'style' && /expression\(|url\(/i.test(attribute.value)) found.push(`${element.localName}[style]`);
    }
  }
  for (const element of root.querySelectorAll(dangerousTags)) found.push(element.localName);
  return found;
}

function fact(id: string, payload: string): FactSummary {
  return {
    id, version: 1, status: 'verified', statement: payload, metric: payload, subject: payload, valueLow: 1, valueHigh: null, unit: payload,
    qualifier: null, period: '2025', claimant: payload, topics: [payload], notes: payload, language: 'en', translations: {}, verifiedBy: payload, verifiedAt: '2026-10-02T00:00:00Z', origin: 'local',
    corroborated: true, inConflict: true, conflictResolution: null, sources: [{ id: 's', title: payload, publisher: payload, published: '2026-01' }, { id: 't', title: payload, publisher: null, published: null }],
    quote: payload, updatedAt: '2026-10-02T00:00:00Z',
  };
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  delete (globalThis as { __xss?: unknown }).__xss;
});

async function render(node: React.ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root!.render(node));
  return container;
}

describe('the detector', () => {
  it('catches a payload rendered as markup (positive control)', async () => {
    const container = await render(<div dangerouslySetInnerHTML={{ __html: xssPayloads.map((p) => p.value).join('') }} />);
    expect(codePaths(container).length).toBeGreaterThan(10);
  });
});

describe('FactCard', () => {
  it.each(xssPayloads.map((p) => [p.name, p.value] as const))('%s renders as text', async (_name, payload) => {
    const container = await render(
      <ul>
        <FactCard fact={fact('f1', payload)} onInsert={() => undefined} onAttach={() => false} language="en" />
      </ul>,
    );
    expect(codePaths(container)).toEqual([]);
    expect(container.querySelector('.fact-card-statement')!.textContent).toBe(payload);
    expect(container.querySelector('.fact-card-source')!.textContent).toContain(payload);
    expect(sentinel()).toBeUndefined();
  });
});

const text = (value: string): SerializedNode => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });

/** The editor with one paragraph and one chip per payload, each chip's hover card opened. */
async function renderEditor(payloads: string[]): Promise<{ container: HTMLElement; chips: Element[] }> {
  const facts = new Map(payloads.map((p, i) => [`f${i}`, fact(`f${i}`, p)]));
  const content: NoteContent = {
    root: {
      type: 'root',
      children: payloads.map((p, i) => ({
        type: 'paragraph',
        version: 1,
        children: [text(p), { type: 'fact', version: 1, factId: `f${i}`, factVersion: 1, text: p }, text(' end')],
      })),
    },
  };
  const editorRef = createRef<LexicalEditor | null>() as { current: LexicalEditor | null };
  const container = await render(
    <LiveFactsContext.Provider value={{ facts, missing: new Set() }}>
      <CitationNumbersContext.Provider value={new Map([...facts.keys()].map((id, i) => [id, i + 1]))}>
        <NoteEditor content={content} editorRef={editorRef} onContentChange={() => undefined} onSummary={() => undefined} onHintCount={() => undefined} />
      </CitationNumbersContext.Provider>
    </LiveFactsContext.Provider>,
  );
  const chips = [...container.querySelectorAll('[data-testid="fact-chip"]')];
  for (const chip of chips) await act(async () => chip.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
  return { container, chips };
}

describe('the note editor', () => {
  it(`renders all ${xssPayloads.length} payloads as note text and chip text, hover cards included`, async () => {
    // The editor's own icons (svg) are the baseline: the payloads must add nothing to it.
    const baseline = codePaths((await renderEditor(xssPayloads.map(() => 'plain words'))).container.ownerDocument.body);
    act(() => root?.unmount());
    document.body.innerHTML = '';
    const { chips } = await renderEditor(xssPayloads.map((p) => p.value));
    expect(chips.length).toBe(xssPayloads.length);
    for (const [i, chip] of chips.entries()) expect(chip.querySelector('.fact-chip-text')!.textContent).toBe(xssPayloads[i]!.value);
    expect(codePaths(document.body)).toEqual(baseline);
    expect(document.body.textContent).toContain('<script>globalThis.__xss=1</script>');
    expect(sentinel()).toBeUndefined();
  });
});

describe('pasted HTML', () => {
  it.each(xssPayloads.map((p) => [p.name, p.value] as const))('%s is sanitized to inert markup', (_name, payload) => {
    const clean = sanitizePastedHtml(`<p>before ${payload} after</p>`);
    const holder = document.createElement('div');
    holder.innerHTML = clean; // what the paste plugin hands to Lexical's DOM import
    expect(codePaths(holder).filter((c) => c !== 'img')).toEqual([]);
    expect(sentinel()).toBeUndefined();
  });
});
