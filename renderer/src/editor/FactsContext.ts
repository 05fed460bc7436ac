import { createContext } from 'react';
import type { ServedCitation } from '../../../shared/contract/export';
import type { NoteLanguage } from '../../../shared/note-format';
import { noLiveFacts, type LiveFacts } from './nodes/chipState';

/** The live state of the facts the open note cites (fed by `facts.status`). */
export const LiveFactsContext = createContext<LiveFacts>(noLiveFacts);

/** Citation number of each fact id, by first appearance in the note. */
export const CitationNumbersContext = createContext<ReadonlyMap<string, number>>(new Map());

/**
 * Each cited fact's footnote as the Word export prints it (`export.citations`): which quote and
 * which sources it uses. The chip popover and the references preview read it from here.
 */
export const ServedCitationsContext = createContext<ReadonlyMap<string, ServedCitation>>(new Map());

/**
 * The open note's language (its metadata): chips and the fact panel insert and show a fact's
 * statement in it (shared/fact-statement.ts) and mark a chip that has none; figure chips are
 * formatted in it (shared/figure-format.ts).
 */
export const NoteLanguageContext = createContext<NoteLanguage>('en');
