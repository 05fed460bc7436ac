import { createContext } from 'react';
import { noLiveFacts, type LiveFacts } from './nodes/chipState';

/** The live state of the facts the open note cites (fed by `facts.status`). */
export const LiveFactsContext = createContext<LiveFacts>(noLiveFacts);

/** Citation number of each fact id, by first appearance in the note. */
export const CitationNumbersContext = createContext<ReadonlyMap<string, number>>(new Map());
