/**
 * The writer's own words citing a fact: an inline element (like Lexical's LinkNode) wrapping
 * ordinary, editable text, carrying `factId@factVersion`. The words stay the writer's; the fact
 * gives the footnote, placed where the phrase ends (shared/note-format.ts 'fact-phrase').
 * Its live state and citation number are set on the DOM by CitedPhrasePlugin.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
} from 'lexical';
import { WrappingInlineNode } from './WrappingInlineNode';
import type { SerializedFactPhraseNode } from '../../../../shared/note-format';

type SerializedPhrase = SerializedElementNode & Pick<SerializedFactPhraseNode, 'factId' | 'factVersion'>;

export class FactPhraseNode extends WrappingInlineNode {
  __factId: string;
  __factVersion: number;

  static override getType(): string {
    return 'fact-phrase';
  }

  static override clone(node: FactPhraseNode): FactPhraseNode {
    return new FactPhraseNode(node.__factId, node.__factVersion, node.__key);
  }

  constructor(factId = '', factVersion = 1, key?: NodeKey) {
    super(key);
    this.__factId = factId;
    this.__factVersion = factVersion;
  }

  static override importJSON(json: SerializedPhrase): FactPhraseNode {
    return $createFactPhraseNode(json.factId, json.factVersion).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedPhrase>): this {
    return super.updateFromJSON(json).setCitation(json.factId, json.factVersion);
  }

  override exportJSON(): SerializedPhrase {
    return { ...super.exportJSON(), type: 'fact-phrase', version: 1, factId: this.getFactId(), factVersion: this.getFactVersion() };
  }

  override createDOM(): HTMLElement {
    const span = $getDocument().createElement('span');
    span.className = 'fact-phrase';
    span.setAttribute('data-testid', 'fact-phrase');
    span.setAttribute('data-fact-id', this.__factId);
    span.setAttribute('data-fact-version', String(this.__factVersion));
    span.setAttribute('data-state', 'checking');
    return span;
  }

  override updateDOM(prev: FactPhraseNode, dom: HTMLElement): boolean {
    if (prev.__factId !== this.__factId) dom.setAttribute('data-fact-id', this.__factId);
    if (prev.__factVersion !== this.__factVersion) dom.setAttribute('data-fact-version', String(this.__factVersion));
    return false;
  }

  /** Survives HTML copy/paste between notes as this span. */
  override exportDOM(): DOMExportOutput {
    const span = $getDocument().createElement('span');
    span.setAttribute('data-fact-phrase-id', this.getFactId());
    span.setAttribute('data-fact-version', String(this.getFactVersion()));
    return { element: span };
  }

  static override importDOM(): DOMConversionMap {
    return {
      span: (element: HTMLElement) => (element.hasAttribute('data-fact-phrase-id') ? { conversion: $convertPhraseSpan, priority: 3 } : null),
    };
  }

  getFactId(): string {
    return this.getLatest().__factId;
  }

  getFactVersion(): number {
    return this.getLatest().__factVersion;
  }

  /** Relinking, or "Update" to a newer version: the words do not change. */
  setCitation(factId: string, factVersion: number): this {
    const writable = this.getWritable();
    writable.__factId = factId;
    writable.__factVersion = factVersion;
    return writable;
  }
}

function $convertPhraseSpan(element: HTMLElement): DOMConversionOutput {
  const factId = element.getAttribute('data-fact-phrase-id') ?? '';
  const factVersion = Number(element.getAttribute('data-fact-version'));
  if (!factId || !Number.isInteger(factVersion) || factVersion < 1) return { node: null };
  return { node: $createFactPhraseNode(factId, factVersion) };
}

export function $createFactPhraseNode(factId: string, factVersion: number): FactPhraseNode {
  return $applyNodeReplacement(new FactPhraseNode(factId, factVersion));
}

export function $isFactPhraseNode(node: LexicalNode | null | undefined): node is FactPhraseNode {
  return node instanceof FactPhraseNode;
}
