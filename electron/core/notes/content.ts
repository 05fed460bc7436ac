/**
 * Checks and counts a note's content before it is stored.
 */
import { factNodesInOrder, NoteContent, SerializedFactNode, SerializedFactPhraseNode, type SerializedNode } from '../../../shared/note-format';
import { noteWordCount } from '../../../shared/note-text';
import { keyedError, type ApiIssue } from '../../../shared/errors';
import { issuesFrom } from '../api/dispatch';

/**
 * The contract checks the content's outline only (Lexical validates its own nodes when it
 * loads them), but a fact chip is ours: a chip without a fact id or version would be a
 * citation that points nowhere, so every one is checked here, naming where it is.
 */
export function checkNoteContent(content: unknown): NoteContent {
  const outline = NoteContent.safeParse(content);
  if (!outline.success) {
    const issues = issuesFrom(outline.error).map((i) => ({ ...i, path: `content.${i.path}` }));
    throw keyedError('invalid_request', 'api.noteContentInvalid', { fields: issues.map((i) => i.path).join(', ') }, issues);
  }
  const issues: ApiIssue[] = [];
  const walk = (node: SerializedNode, path: string) => {
    const schema = node.type === 'fact' ? SerializedFactNode : node.type === 'fact-phrase' ? SerializedFactPhraseNode : null;
    if (schema) {
      const fact = schema.safeParse(node);
      if (!fact.success) issues.push(...issuesFrom(fact.error).map((i) => ({ ...i, path: `${path}.${i.path}` })));
    }
    node.children?.forEach((child, i) => walk(child, `${path}.children.${i}`));
  };
  outline.data.root.children.forEach((child, i) => walk(child, `content.root.children.${i}`));
  if (issues.length > 0) {
    throw keyedError('invalid_request', 'api.noteFactInvalid', { fields: issues.map((i) => i.path).join(', ') }, issues);
  }
  return outline.data;
}

export interface NoteStats {
  wordCount: number;
  /** Citations in the note, in any form (each is one, even when two cite the same fact). */
  citationCount: number;
}

export function noteStats(content: NoteContent): NoteStats {
  return { wordCount: noteWordCount(content), citationCount: factNodesInOrder(content).length };
}
