/**
 * A phrase marked as written in another language than the note's (issue 15): an inline element
 * (like Lexical's LinkNode) wrapping ordinary inline nodes, rendered as `<span lang>` so the
 * spell checker reads it in that language and screen readers speak it so. The export gives its
 * runs their `w:lang` (shared/note-format.ts 'language-span').
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
import { isNoteLanguage, type NoteLanguage, type SerializedLanguageSpanNode } from '../../../../shared/note-format';

type SerializedSpan = SerializedElementNode & Pick<SerializedLanguageSpanNode, 'lang'>;

export class LanguageSpanNode extends WrappingInlineNode {
  __lang: NoteLanguage;

  static override getType(): string {
    return 'language-span';
  }

  static override clone(node: LanguageSpanNode): LanguageSpanNode {
    return new LanguageSpanNode(node.__lang, node.__key);
  }

  constructor(lang: NoteLanguage = 'en', key?: NodeKey) {
    super(key);
    this.__lang = lang;
  }

  static override importJSON(json: SerializedSpan): LanguageSpanNode {
    return $createLanguageSpanNode(json.lang).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedSpan>): this {
    return super.updateFromJSON(json).setLanguage(json.lang);
  }

  override exportJSON(): SerializedSpan {
    return { ...super.exportJSON(), type: 'language-span', version: 1, lang: this.getLanguage() };
  }

  override createDOM(): HTMLElement {
    const span = $getDocument().createElement('span');
    span.className = 'language-span';
    span.setAttribute('data-testid', 'language-span');
    span.setAttribute('lang', this.__lang);
    return span;
  }

  override updateDOM(prev: LanguageSpanNode, dom: HTMLElement): boolean {
    if (prev.__lang !== this.__lang) dom.setAttribute('lang', this.__lang);
    return false;
  }

  /** Survives HTML copy/paste between notes as this span. */
  override exportDOM(): DOMExportOutput {
    const span = $getDocument().createElement('span');
    span.setAttribute('lang', this.getLanguage());
    span.setAttribute('data-language-span', '');
    return { element: span };
  }

  static override importDOM(): DOMConversionMap {
    return {
      span: (element: HTMLElement) => (element.hasAttribute('data-language-span') ? { conversion: $convertLanguageSpan, priority: 3 } : null),
    };
  }

  getLanguage(): NoteLanguage {
    return this.getLatest().__lang;
  }

  setLanguage(lang: NoteLanguage): this {
    const writable = this.getWritable();
    writable.__lang = lang;
    return writable;
  }
}

function $convertLanguageSpan(element: HTMLElement): DOMConversionOutput {
  const lang = element.getAttribute('lang');
  return { node: isNoteLanguage(lang) ? $createLanguageSpanNode(lang) : null };
}

export function $createLanguageSpanNode(lang: NoteLanguage): LanguageSpanNode {
  return $applyNodeReplacement(new LanguageSpanNode(lang));
}

export function $isLanguageSpanNode(node: LexicalNode | null | undefined): node is LanguageSpanNode {
  return node instanceof LanguageSpanNode;
}
