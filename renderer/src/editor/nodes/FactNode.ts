/**
 * A fact chip's model: an inline, atomic reference to `factId@factVersion` that keeps the
 * statement or the figure as inserted (`text`, `form`; shared/note-format.ts). The writer's
 * own words citing a fact are a FactPhraseNode instead. Lexical treats it as one character: the caret steps over
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
import type { ChipForm, SerializedFactNode } from '../../../../shared/note-format';
import { FactChip } from './FactChip';

export interface FactReference {
  factId: string;
  factVersion: number;
  text: string;
  /** 'statement' unless given: the fact's statement; 'figure': its formatted value. */
  form?: ChipForm;
}

export class FactNode extends DecoratorNode<JSX.Element> {
  __factId: string;
  __factVersion: number;
  __text: string;
  __form: ChipForm;

  static override getType(): string {
    return 'fact';
  }

  static override clone(node: FactNode): FactNode {
    return new FactNode(node.__factId, node.__factVersion, node.__text, node.__form, node.__key);
  }

  constructor(factId: string, factVersion: number, text: string, form: ChipForm = 'statement', key?: NodeKey) {
    super(key);
    this.__factId = factId;
    this.__factVersion = factVersion;
    this.__text = text;
    this.__form = form;
  }

  /** Version 1 chips (saved before forms) are statements. */
  static override importJSON(json: SerializedFactNode): FactNode {
    return $createFactNode({ factId: json.factId, factVersion: json.factVersion, text: json.text, form: json.form ?? 'statement' });
  }

  /** Exactly the stored shape of shared/note-format.ts (SerializedFactNode, version 2). */
  override exportJSON(): SerializedFactNode {
    return { type: 'fact', version: 2, factId: this.getFactId(), factVersion: this.getFactVersion(), form: this.getForm(), text: this.getText() };
  }

  /** Chips survive HTML copy/paste (between notes, or through another app) as this span. */
  override exportDOM(): DOMExportOutput {
    const span = $getDocument().createElement('span');
    span.setAttribute('data-fact-id', this.getFactId());
    span.setAttribute('data-fact-version', String(this.getFactVersion()));
    span.setAttribute('data-fact-form', this.getForm());
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

  getForm(): ChipForm {
    return this.getLatest().__form;
  }

  getReference(): FactReference {
    const latest = this.getLatest();
    return { factId: latest.__factId, factVersion: latest.__factVersion, text: latest.__text, form: latest.__form };
  }

  /** Only called on an explicit user action ("Update" on a stale chip): `text` is the new version's in this chip's form. */
  setFactVersion(factVersion: number, text: string): this {
    const writable = this.getWritable();
    writable.__factVersion = factVersion;
    writable.__text = text;
    return writable;
  }

  /** Only called on an explicit user action (the chip's form switch). */
  setForm(form: ChipForm, text: string): this {
    const writable = this.getWritable();
    writable.__form = form;
    writable.__text = text;
    return writable;
  }

  override decorate(): JSX.Element {
    return createElement(FactChip, {
      nodeKey: this.__key,
      factId: this.__factId,
      factVersion: this.__factVersion,
      text: this.__text,
      form: this.__form,
    });
  }
}

function $convertFactSpan(element: HTMLElement): DOMConversionOutput {
  const factId = element.getAttribute('data-fact-id') ?? '';
  const factVersion = Number(element.getAttribute('data-fact-version'));
  if (!factId || !Number.isInteger(factVersion) || factVersion < 1) return { node: null };
  const form = element.getAttribute('data-fact-form') === 'figure' ? 'figure' : 'statement';
  return { node: $createFactNode({ factId, factVersion, text: element.textContent ?? '', form }) };
}

export function $createFactNode(reference: FactReference): FactNode {
  return $applyNodeReplacement(new FactNode(reference.factId, reference.factVersion, reference.text, reference.form ?? 'statement'));
}

export function $isFactNode(node: LexicalNode | null | undefined): node is FactNode {
  return node instanceof FactNode;
}
