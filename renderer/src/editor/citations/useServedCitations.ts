import { useEffect, useMemo, useState } from 'react';
import type { ServedCitation } from '../../../../shared/contract/export';
import type { NoteLanguage, TemplateId } from '../../../../shared/note-format';
import type { LiveFacts } from '../nodes/chipState';
import { api } from '../../api';
import { errorMessage } from '../../errorMessage';
import type { NumberedCitation } from './numbering';

export interface ServedCitations {
  notes: readonly ServedCitation[];
  byFact: ReadonlyMap<string, ServedCitation>;
  error: string | null;
}

const none: ServedCitations = { notes: [], byFact: new Map(), error: null };

/**
 * The note's citations as the back end will print them (`export.citations`): asked again when
 * the cited facts or versions change, and whenever the live check saw a fact change (a new
 * quote or source comes with a new version or status, or with the curation views' signal).
 * Formatted by the note's profile (the back end resolves it from the template and profile id,
 * department profiles included), as its Word file is.
 */
export function useServedCitations(
  citations: readonly NumberedCitation[],
  live: LiveFacts,
  note: { templateId: TemplateId; language: NoteLanguage; profileId: string },
): ServedCitations {
  const { templateId, language, profileId } = note;
  const key = useMemo(() => citations.map((c) => `${c.factId}@${c.factVersion}`).join('\n'), [citations]);
  const [served, setServed] = useState<ServedCitations>(none);
  useEffect(() => {
    const cited = key ? key.split('\n').map((k) => ({ factId: k.slice(0, k.lastIndexOf('@')), factVersion: Number(k.slice(k.lastIndexOf('@') + 1)) })) : [];
    if (cited.length === 0) {
      setServed(none);
      return;
    }
    // A fact just cited is being looked up (facts.status): ask once that answer is in, not twice.
    if (cited.some((c) => !live.facts.has(c.factId) && !live.missing.has(c.factId))) return;
    let current = true;
    api['export.citations']({ citations: cited, style: 'chicago', language, templateId, profileId })
      .then((r) => current && setServed({ notes: r.notes, byFact: new Map(r.notes.map((n) => [n.factId, n])), error: null }))
      .catch((e: unknown) => current && setServed((prev) => ({ ...prev, error: errorMessage(e) })));
    return () => {
      current = false;
    };
  }, [key, live, templateId, language, profileId]);
  return served;
}
