/**
 * The three citation forms in the editor: figure and statement chips (FactNode) and the
 * writer's own words (FactPhraseNode). Everything in the renderer that finds, inserts or
 * switches citations goes through here; the stored note has its own walker, shared/note-format.ts
 * `factNodesInOrder`, and both read a node as the same NoteCitation.
 */
import { statementIn } from '../../../../shared/fact-statement';
import type { StatementLanguages } from '../../../../shared/model';
import { $createTextNode, $getSelection, $isElementNode, $isLineBreakNode, $isRangeSelection, $isTextNode, type LexicalNode } from 'lexical';
import { formatFigure, noFigureReason, type FigureFields } from '../../../../shared/figure-format';
import type { CitationForm, ChipForm, NoteCitation, NoteLanguage } from '../../../../shared/note-format';
import { $createFactNode, $isFactNode, type FactNode, type FactReference } from './FactNode';
import { $createFactPhraseNode, $isFactPhraseNode, type FactPhraseNode } from './FactPhraseNode';

export type CitationNode = FactNode | FactPhraseNode;

/** A fact as the inserting controls know it: its current version's statement and value. */
export type CitableFact = FigureFields & { id: string; version: number; statement: string } & StatementLanguages;

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return $isFactNode(node) || $isFactPhraseNode(node);
}

export function $citationOf(node: CitationNode): NoteCitation {
  if ($isFactNode(node)) {
    const { factId, factVersion, text, form } = node.getReference();
    return { factId, factVersion, text, form: form ?? 'statement' };
  }
  return { factId: node.getFactId(), factVersion: node.getFactVersion(), text: node.getTextContent(), form: 'own-words' };
}

/** Every citation node under `node`, in document order. */
export function $citationNodesUnder(node: LexicalNode, found: CitationNode[] = []): CitationNode[] {
  if ($isCitationNode(node)) found.push(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) $citationNodesUnder(child, found);
  return found;
}

/** The words a chip shows in `form`, or null when the fact has no figure. */
export function chipText(fact: CitableFact, form: ChipForm, language: NoteLanguage): string | null {
  return form === 'figure' ? formatFigure(fact, language) : fact.statement;
}

/** The chip for `fact` in `form`; a fact with no figure is inserted as its statement. */
export function referenceFor(fact: CitableFact, form: ChipForm, language: NoteLanguage): FactReference {
  const figure = form === 'figure' ? formatFigure(fact, language) : null;
  return figure !== null
    ? { factId: fact.id, factVersion: fact.version, text: figure, form: 'figure' }
    : { factId: fact.id, factVersion: fact.version, text: statementIn(fact, language).text, form: 'statement' };
}

/**
 * Wraps the selected words in a phrase citing the fact. Only plain text (and line breaks)
 * inside one block can be wrapped; returns false (changing nothing) otherwise.
 */
export function $attachFactToSelection(factId: string, factVersion: number): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed() || selection.getTextContent().trim() === '') return false;
  const anchorBlock = selection.anchor.getNode().getTopLevelElement();
  if (!anchorBlock || !anchorBlock.is(selection.focus.getNode().getTopLevelElement())) return false;
  const selected = selection.getNodes();
  if (selected.some((n) => $isCitationNode(n) || n.getParents().some($isFactPhraseNode))) return false;
  const nodes = selection.extract().filter((n) => $isTextNode(n) || $isLineBreakNode(n));
  if (nodes.length === 0) return false;
  const phrase = $createFactPhraseNode(factId, factVersion);
  nodes[0]!.insertBefore(phrase);
  phrase.append(...nodes);
  phrase.selectEnd();
  return true;
}

export type SwitchBlocked = 'no-fact' | 'newer-version' | 'no-value' | 'bad-date';

/** Why a citation of `factVersion` cannot be switched to `form` now, or null when it can. */
export function switchBlocked(form: CitationForm, factVersion: number, fact: CitableFact | undefined): SwitchBlocked | null {
  if (form === 'own-words') return null;
  if (!fact) return 'no-fact';
  // The live fact is the current version: a chip citing an older one must be updated first, or its words would change version silently.
  if (fact.version !== factVersion) return 'newer-version';
  return form === 'figure' ? noFigureReason(fact) : null;
}

/** Switches a citation to another form (an explicit user action). Returns the node now citing. */
export function $switchCitationForm(node: CitationNode, form: CitationForm, fact: CitableFact | undefined, language: NoteLanguage): CitationNode | null {
  if (switchBlocked(form, node.getFactVersion(), fact) !== null) return null;
  if (form === 'own-words') {
    if ($isFactPhraseNode(node)) return node;
    // The chip's words become the writer's to edit; the citation stays.
    const phrase = $createFactPhraseNode(node.getFactId(), node.getFactVersion()).append($createTextNode(node.getText()));
    node.replace(phrase);
    phrase.selectEnd();
    return phrase;
  }
  const text = chipText(fact!, form, language)!;
  if ($isFactNode(node)) {
    if (node.getForm() !== form) node.setForm(form, text);
    return node;
  }
  const chip = $createFactNode({ factId: node.getFactId(), factVersion: node.getFactVersion(), text, form });
  node.replace(chip);
  chip.selectNext();
  return chip;
}

/** The next form in the keyboard cycle: statement → figure → own words → statement. */
export function nextForm(form: CitationForm): CitationForm {
  return form === 'statement' ? 'figure' : form === 'figure' ? 'own-words' : 'statement';
}

/**
 * Points a citation at another fact (the one a curator preferred over the cited one), as one
 * undoable edit: a chip keeps its form where the new fact allows (a fact without a figure is
 * cited by its statement), the writer's own words stay theirs.
 */
export function $citeInstead(node: CitationNode, fact: CitableFact, language: NoteLanguage): CitationNode {
  if ($isFactPhraseNode(node)) return node.setCitation(fact.id, fact.version);
  const chip = $createFactNode(referenceFor(fact, node.getForm(), language));
  node.replace(chip);
  chip.selectNext();
  return chip;
}
