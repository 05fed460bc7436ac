/**
 * A fact chip's model: an inline, atomic reference to `factId@factVersion` that keeps the
 * statement as inserted (`text`). Lexical treats it as one character: the caret steps over
 * it and Backspace removes it whole. The React view is FactChip.tsx.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { createElement, type JSX } from 'react';
import type { SerializedFactNode } from '../../../../shared/note-format';
import { FactChip } from './FactChip';

export interface FactReference {
  factId: string;
  factVersion: number;
  text: string;
}

export class FactNode extends DecoratorNode<JSX.Element> {
  __factId: string;
  __factVersion: number;
  __text: string;

  static override getType(): string {
    return 'fact';
  }

  static override clone(node: FactNode): FactNode {
    return new FactNode(node.__factId, node.__factVersion, node.__text, node.__key);
  }

  constructor(factId: string, factVersion: number, text: string, key?: NodeKey) {
    super(key);
    this.__factId = factId;
    this.__factVersion = factVersion;
    this.__text = text;
  }

  static override importJSON(json: SerializedFactNode): FactNode {
    return $createFactNode({ factId: json.factId, factVersion: json.factVersion, text: json.text });
  }

  /** Exactly the stored shape of shared/note-format.ts (SerializedFactNode). */
  override exportJSON(): SerializedFactNode {
    return { type: 'fact', version: 1, factId: this.getFactId(), factVersion: this.getFactVersion(), text: this.getText() };
  }

  /** Chips survive HTML copy/paste (between notes, or through another app) as this span. */
  override exportDOM(): DOMExportOutput {
    const span = $getDocument().createElement('span');
    span.setAttribute('data-fact-id', this.getFactId());
    span.setAttribute('data-fact-version', String(this.getFactVersion()));
    span.textContent = this.getText();
    return { element: span };
  }

  static override importDOM(): DOMConversionMap {
    return {
      span: (element: HTMLElement) =>
        element.hasAttribute('data-fact-id') ? { conversion: $convertFactSpan, priority: 3 } : null,
    };
  }

  override createDOM(): HTMLElement {
    const span = $getDocument().createElement('span');
    span.className = 'fact-chip-host';
    span.contentEditable = 'false';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  override getTextContent(): string {
    return this.getText();
  }

  getFactId(): string {
    return this.getLatest().__factId;
  }

  getFactVersion(): number {
    return this.getLatest().__factVersion;
  }

  getText(): string {
    return this.getLatest().__text;
  }

  getReference(): FactReference {
    const latest = this.getLatest();
    return { factId: latest.__factId, factVersion: latest.__factVersion, text: latest.__text };
  }

  /** Only called on an explicit user action ("Update" on a stale chip). */
  setFactVersion(factVersion: number, text: string): this {
    const writable = this.getWritable();
    writable.__factVersion = factVersion;
    writable.__text = text;
    return writable;
  }

  override decorate(): JSX.Element {
    return createElement(FactChip, {
      nodeKey: this.__key,
      factId: this.__factId,
      factVersion: this.__factVersion,
      text: this.__text,
    });
  }
}

function $convertFactSpan(element: HTMLElement): DOMConversionOutput {
  const factId = element.getAttribute('data-fact-id') ?? '';
  const factVersion = Number(element.getAttribute('data-fact-version'));
  if (!factId || !Number.isInteger(factVersion) || factVersion < 1) return { node: null };
  return { node: $createFactNode({ factId, factVersion, text: element.textContent ?? '' }) };
}

export function $createFactNode(reference: FactReference): FactNode {
  return $applyNodeReplacement(new FactNode(reference.factId, reference.factVersion, reference.text));
}

export function $isFactNode(node: LexicalNode | null | undefined): node is FactNode {
  return node instanceof FactNode;
}
