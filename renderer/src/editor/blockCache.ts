import { $isElementNode, type LexicalNode } from 'lexical';

/**
 * Per-block memo for whole-note checks (word count, chips in order, plain-language hints), so
 * that after a keystroke only the edited block is measured again, not 20,000 words.
 *
 * Lexical never changes a committed node object: an edit writes a new object for the edited
 * node (a parent element only gets a new object when its own fields or child links change).
 * So a block whose descendants are the very same objects as last time has the same content;
 * this also holds after undo, which brings back older objects.
 */
export function createBlockCache<T>(compute: (block: LexicalNode) => T): (blocks: readonly LexicalNode[]) => T[] {
  let cache = new Map<string, { nodes: LexicalNode[]; value: T }>();
  return (blocks) => {
    const next = new Map<string, { nodes: LexicalNode[]; value: T }>();
    const values = blocks.map((block) => {
      const nodes: LexicalNode[] = [];
      $collect(block, nodes);
      const hit = cache.get(block.getKey());
      const value = hit && sameObjects(hit.nodes, nodes) ? hit.value : compute(block);
      next.set(block.getKey(), { nodes, value });
      return value;
    });
    cache = next;
    return values;
  };
}

function $collect(node: LexicalNode, into: LexicalNode[]): void {
  into.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) $collect(child, into);
}

function sameObjects(a: readonly LexicalNode[], b: readonly LexicalNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
