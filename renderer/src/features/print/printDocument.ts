/**
 * The note as it prints: its profile's heading blocks (the title line and title, Decree 30's
 * agency, motto and place-date), the body as the editor shows it (chips as their text and
 * citation mark as the Word export places its footnotes, no buttons or badges), the footnotes
 * as endnotes (shared/document-profiles/print-notes.ts), then the closing blocks
 * (decision, signer, "Nơi nhận:"), so the signature ends the document; in a root of its own at
 * the end of <body> that the print CSS alone shows (shared/document-profiles/print.ts). Built
 * when printing starts, from the editor's DOM, so it prints exactly what the user sees.
 */
import { closingBlocks, headingBlocks, letterheadCss, pageFurnitureCss, printedNoteText, printedNotes, printRootId, profileLabels, type CitationText, type PrintProfile } from '../../../../shared/document-profiles';
import type { NoteMetadata } from '../../../../shared/note-format';
import { drawPrintBlock } from './printBlocks';
import { noPageParts, type PageParts } from './useNoteProfile';

/** App chrome inside the editor's text: chip badges and buttons, popovers, the find bar's marks. */
const chrome = 'button, .fact-chip-language, .fact-chip-update, .fact-popover, [data-print="omit"]';

function plainCopy(source: Element): Element {
  const copy = source.cloneNode(true) as Element;
  copy.querySelectorAll(chrome).forEach((el) => el.remove());
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of ['contenteditable', 'id', 'aria-describedby', 'aria-labelledby', 'role', 'tabindex', 'style']) el.removeAttribute(name);
    // The app's screen classes (chip colours, borders) have no place on paper.
    if (el.classList.contains('fact-chip')) el.className = 'print-fact';
  }
  return copy;
}

/** The chips' marks renumbered and the notes listed as the Word export places them (shared/document-profiles/print-notes.ts). */
function notesAsWordPlacesThem(body: HTMLElement, served: ReadonlyMap<string, CitationText>, profile: PrintProfile): HTMLOListElement | null {
  const chips = [...body.querySelectorAll<HTMLElement>('.print-fact[data-fact-id]')];
  const { marks, notes } = printedNotes(
    chips.map((c) => c.dataset.factId!),
    served,
    profile.footnotes.repeated,
  );
  chips.forEach((chip, i) => {
    const mark = chip.querySelector('.fact-chip-number') ?? chip.appendChild(document.createElement('sup'));
    mark.className = 'fact-chip-number';
    mark.textContent = String(marks[i]);
  });
  if (notes.length === 0) return null;
  const list = document.createElement('ol');
  for (const note of notes) {
    const item = list.appendChild(document.createElement('li'));
    item.value = note.number;
    item.dataset.factId = note.factId;
    item.textContent = printedNoteText(note, profile.footnotes.quote);
  }
  return list;
}

/**
 * What every printed page carries in its margins, as Word's header and footer: the marking, the
 * page number and an imported profile's letterhead (a style sheet of its own, for this note).
 */
export function setPageFurniture(note: Pick<NoteMetadata, 'classification' | 'language'>, profile: PrintProfile, parts: PageParts): void {
  document.querySelector('style[data-print-furniture]')?.remove();
  const style = document.head.appendChild(document.createElement('style'));
  style.dataset.printFurniture = 'true';
  style.textContent = pageFurnitureCss(profile, note, parts.replaced) + letterheadCss(parts.headerImages, profile);
}

export function buildPrintDocument(input: {
  metadata: NoteMetadata;
  profile: PrintProfile;
  served: ReadonlyMap<string, CitationText>;
  /** An imported profile's letterhead and replaced header or footer (export.profile); none for a built-in profile. */
  pageParts?: PageParts;
}): HTMLElement {
  const { metadata, profile } = input;
  document.getElementById(printRootId)?.remove();
  const root = document.createElement('div');
  root.id = printRootId;
  root.lang = metadata.language;
  setPageFurniture(metadata, profile, input.pageParts ?? noPageParts);
  root.append(...headingBlocks(metadata, profile).flatMap(drawPrintBlock));
  const body = root.appendChild(document.createElement('div'));
  body.className = 'print-body';
  const editor = document.querySelector('[data-testid="editor"]');
  if (editor) body.append(...plainCopy(editor).children);
  const notes = notesAsWordPlacesThem(body, input.served, profile);
  if (notes) {
    const endnotes = root.appendChild(document.createElement('section'));
    endnotes.className = 'print-endnotes';
    const heading = endnotes.appendChild(document.createElement('h3'));
    heading.textContent = profileLabels[metadata.language].references;
    endnotes.append(notes);
  }
  root.append(...closingBlocks(metadata, profile).flatMap(drawPrintBlock));
  document.body.append(root);
  return root;
}
