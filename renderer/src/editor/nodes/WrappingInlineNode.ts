/**
 * An inline element that wraps the words a writer chose, as Lexical's LinkNode does: typing at
 * either edge goes outside it, it never stays empty, and copying from inside it copies it only
 * when the whole selection is inside. The own-words phrase (FactPhraseNode) and the language
 * mark (LanguageSpanNode) are both this; each adds what it carries.
 */
import { $isRangeSelection, ElementNode, type BaseSelection, type LexicalNode } from 'lexical';

export abstract class WrappingInlineNode extends ElementNode {
  override isInline(): true {
    return true;
  }

  /** Typing at either edge goes outside, as at a link's edge: the wrap covers what the writer chose. */
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override canBeEmpty(): false {
    return false;
  }

  override extractWithChild(_child: LexicalNode, selection: BaseSelection): boolean {
    if (!$isRangeSelection(selection)) return false;
    const inside = (n: LexicalNode) => this.is(n) || this.isParentOf(n);
    return inside(selection.anchor.getNode()) && inside(selection.focus.getNode()) && selection.getTextContent().length > 0;
  }
}
