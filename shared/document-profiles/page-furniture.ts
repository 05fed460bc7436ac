/**
 * The header and footer of every page, one rule for the Word export and for print: a marking
 * the profile prints on every page goes at the top and the bottom; the page number goes where
 * the profile puts it, and not on page 1 when the profile says so (Decree 30).
 */
import type { NoteLanguage } from '../note-format';
import { profileLabels } from './labels';
import type { DocumentProfile } from './profile';

export type FurniturePiece = 'marking' | 'number';

/** A page 1 with a header and footer of its own (Word's "different first page"): a profile without a number on page 1. An imported reference's header and footer replace only the others. */
export const ownFirstPage = (profile: Pick<DocumentProfile, 'pageNumbers'>): boolean => !profile.pageNumbers.onFirstPage;

/** What the header and the footer of a page carry, top to bottom. */
export function pageFurnitureOf(profile: Pick<DocumentProfile, 'classification' | 'pageNumbers'>, firstPage: boolean): { header: FurniturePiece[]; footer: FurniturePiece[] } {
  const marking = profile.classification.printed === 'every-page';
  const numbered = !firstPage || profile.pageNumbers.onFirstPage;
  const header: FurniturePiece[] = [];
  const footer: FurniturePiece[] = [];
  if (marking) header.push('marking');
  if (numbered) (profile.pageNumbers.position === 'header' ? header : footer).push('number');
  if (marking) footer.push('marking');
  return { header, footer };
}

/** The marking a page prints: the note's classification, or a loud "not set" (the page must never look unmarked by accident). */
export function markingOf(classification: string, language: NoteLanguage): string {
  return classification.trim() || profileLabels[language].missingMarking;
}
