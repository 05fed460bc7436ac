/**
 * A realistic briefing note citing the seed sources, in the stored note format, with the
 * fact-store answers an export needs. Vietnamese names keep their diacritics.
 */
import type { CitedFactSources } from '../../electron/core/export';
import type { SerializedNode, StoredNote } from '../../shared/note-format';
import { baotintuc, toLam, vns, vov } from './seed-sources';

export const text = (t: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
export const fact = (factId: string, t: string, factVersion = 1): SerializedNode => ({ type: 'fact', version: 1, factId, factVersion, text: t });
export const paragraph = (...children: SerializedNode[]): SerializedNode => ({ type: 'paragraph', version: 1, children });
export const heading = (tag: 'h1' | 'h2' | 'h3', t: string): SerializedNode => ({ type: 'heading', version: 1, tag, children: [text(t)] });
export const list = (listType: 'bullet' | 'number', ...items: SerializedNode[][]): SerializedNode => ({
  type: 'list',
  version: 1,
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items.map((children, i) => ({ type: 'listitem', version: 1, value: i + 1, children })),
});

export const sampleFacts: Record<string, CitedFactSources & { statement: string }> = {
  'fact-fdi': {
    statement: 'Disbursed FDI reached a record of about US$28–29 billion in 2025',
    quote: 'Disbursed foreign direct investment reached a record high of about US$28-29 billion, the highest level to date.',
    sources: [vov, vns],
  },
  'fact-trade': {
    statement: 'export-import turnover exceeded US$920 billion in 2025',
    quote: 'Export-import turnover is estimated to have exceeded US$920 billion, a record high, with a trade surplus of more than $21 billion.',
    sources: [vns],
  },
  'fact-relations': {
    statement: 'diplomatic relations with more than 195 countries and territories',
    quote: 'Currently, Vietnam has diplomatic relations with more than 195 countries and territories, including all 193 members of the United Nations',
    sources: [baotintuc],
  },
  'fact-standing': {
    statement: 'Viet Nam’s role and standing have been elevated',
    quote: 'General Secretary To Lam stressed that Vietnam’s role and standing have been elevated, and the country has clearly defined its responsibilities in global issues.',
    sources: [toLam],
  },
  'fact-shift': {
    statement: 'Prime Minister Phạm Minh Chính called for a shift from participation to a more proactive role',
    quote: 'urging Việt Nam to move from participation to a more proactive role in shaping global and regional cooperation',
    sources: [vns],
  },
};

export const sampleResolver = (factId: string): CitedFactSources | null => sampleFacts[factId] ?? null;

export const sampleHeadings = ['Purpose', 'Summary', 'Background', 'Considerations', 'Recommendation', 'Next steps'];

export function sampleNote(overrides: Partial<StoredNote['metadata']> = {}): StoredNote {
  const f = (id: string) => fact(id, sampleFacts[id]!.statement);
  return {
    id: 'note-sample-1',
    formatVersion: 1,
    templateId: 'information',
    createdAt: '2026-01-26T09:00:00.000Z',
    updatedAt: '2026-01-27T16:30:00.000Z',
    metadata: {
      title: 'Việt Nam’s international integration: results of 2025 and priorities for 2026',
      classification: 'PROTECTED A',
      trackingNumber: 'BN-2026-0142',
      date: '2026-01-27',
      to: 'Deputy Minister',
      through: 'Assistant Deputy Minister, Asia-Pacific',
      from: 'Director General, South and Southeast Asia',
      type: 'For information',
      drafter: 'Nguyễn Thị Hằng, Policy Analyst',
      contact: 'Trần Văn Đức, Director, 613-555-0142',
      approvers: 'Director General (2026-01-27)',
      consultations: 'Trade Policy Bureau; Economic Analysis Unit',
      language: 'en',
      profileId: '',
      ...overrides,
    },
    content: {
      root: {
        type: 'root',
        version: 1,
        children: [
          heading('h2', 'Purpose'),
          paragraph(text('To inform the Deputy Minister of the results of Việt Nam’s international integration in 2025 and the priorities set for 2026.')),
          heading('h2', 'Summary'),
          list(
            'bullet',
            [text('Investment: '), f('fact-fdi'), text('.')],
            [text('Trade: '), f('fact-trade'), text(', a record.')],
            [text('Diplomacy: Việt Nam maintains '), f('fact-relations'), text('.')],
          ),
          heading('h2', 'Background'),
          paragraph(
            text('On 14 January 2026 the National Steering Committee for International Integration reviewed its work. '),
            f('fact-shift'),
            text(', as 2026 opens a new phase of integration. At the press conference closing the 14th Party Congress, the General Secretary said '),
            f('fact-standing'),
            text('.'),
          ),
          { type: 'quote', version: 1, children: [text('“From participation to a more proactive role”', 0), text(' — Thủ tướng Phạm Minh Chính', 2)] },
          heading('h2', 'Considerations'),
          heading('h3', 'Economic'),
          paragraph(
            text('The investment figure ', 0),
            text('is an estimate', 1),
            text(' and the sources give a range; '),
            text('it should be quoted as a range', 8),
            text('. Repeated for emphasis: '),
            f('fact-fdi'),
            text('.'),
          ),
          heading('h2', 'Recommendation'),
          list('number', [text('Note the results for 2025.')], [text('Agree to a follow-up briefing on trade priorities in March.')]),
          heading('h2', 'Next steps'),
          paragraph(text('The Division will report on the 2026 action plan once it is published.')),
        ],
      },
    },
  };
}
