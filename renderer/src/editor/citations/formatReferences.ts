/**
 * The one place the editor turns its numbered citations into reference text. The text must
 * come from the shared formatter the DOCX export also uses (`shared/citations.ts`,
 * `formatCitations(items, style)`), so both always agree.
 *
 * INTEGRATION: `shared/citations.ts` is being written in parallel. Until it lands on this
 * branch, `formatCitations` below is a stand-in with the same shape that only lists the
 * statement and source title. When it lands: delete the stand-in, import the real one
 * (`import { formatCitations } from '../../../../shared/citations'`) and adjust `toItem`
 * to its item type if it differs.
 */
import type { FactSummary } from '../../../../shared/model';
import type { NumberedCitation } from './numbering';

export interface FormattedReference {
  number: number;
  factId: string;
  text: string;
}

interface CitationItem {
  number: number;
  factId: string;
  factVersion: number;
  statement: string;
  fact: FactSummary | null;
}

interface FormattedCitations {
  notes: FormattedReference[];
  bibliography: string[];
}

// Stand-in for shared/citations.ts (see INTEGRATION above): not a citation style.
async function formatCitations(items: CitationItem[], _style: string): Promise<FormattedCitations> {
  return {
    notes: items.map((item) => {
      const source = item.fact?.sources[0];
      const where = source ? [source.publisher, source.title, source.published].filter(Boolean).join(', ') : 'Source not available';
      return { number: item.number, factId: item.factId, text: `${where}.` };
    }),
    bibliography: [],
  };
}

function toItem(citation: NumberedCitation, fact: FactSummary | undefined): CitationItem {
  return { number: citation.number, factId: citation.factId, factVersion: citation.factVersion, statement: citation.text, fact: fact ?? null };
}

export const defaultCitationStyle = 'chicago-note-bibliography';

export async function formatReferences(
  citations: readonly NumberedCitation[],
  facts: ReadonlyMap<string, FactSummary>,
  style = defaultCitationStyle,
): Promise<FormattedReference[]> {
  const result = await formatCitations(
    citations.map((c) => toItem(c, facts.get(c.factId))),
    style,
  );
  return result.notes;
}
