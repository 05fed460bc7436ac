/**
 * The note templates: each is a list of section headings plus default metadata. The editor
 * (new note dialog) and the notes store (notes.create) build a note from the same function,
 * so a template looks identical whichever side made it.
 */
import type { NoteContent, NoteMetadata, noteTypes, SerializedNode, TemplateId } from './note-format';

export interface NoteTemplate {
  id: TemplateId;
  name: string;
  description: string;
  /** Section headings, in order (h2 each). */
  sections: readonly string[];
  /** One of `noteTypes`: what the metadata form preselects. */
  type: (typeof noteTypes)[number];
}

export const noteTemplates: Readonly<Record<TemplateId, NoteTemplate>> = {
  decision: {
    id: 'decision',
    name: 'Decision note',
    description: 'Asks for a decision: sets out the options and recommends one.',
    sections: ['Purpose', 'Summary', 'Background', 'Current status', 'Considerations', 'Options', 'Recommendation', 'Next steps'],
    type: 'For decision',
  },
  information: {
    id: 'information',
    name: 'Information note',
    description: 'Keeps a decision-maker informed; no decision is sought.',
    sections: ['Purpose', 'Summary', 'Background', 'Current status', 'Key points'],
    type: 'For information',
  },
  meeting: {
    id: 'meeting',
    name: 'Meeting/event brief',
    description: 'Prepares someone for a meeting or event: key messages and talking points.',
    sections: ['Purpose', 'Key messages', 'Background', 'Participants', 'Talking points'],
    type: 'Event',
  },
};

/** The title a note gets when the user did not give one. */
export function untitledTitle(id: TemplateId): string {
  return `Untitled ${noteTemplates[id].name.toLowerCase()}`;
}

/**
 * Classification is left empty on purpose: the drafter must choose a marking, not inherit
 * one by accident. The date is left empty too, to be set when the note goes forward.
 */
export function defaultMetadata(id: TemplateId, title = untitledTitle(id)): NoteMetadata {
  return {
    title,
    classification: '',
    trackingNumber: '',
    date: '',
    to: '',
    through: '',
    from: '',
    type: noteTemplates[id].type,
    drafter: '',
    contact: '',
    approvers: '',
    consultations: '',
    language: 'en',
    profileId: '',
  };
}

// Node shapes exactly as Lexical 0.52 serializes them (exportJSON of TextNode, HeadingNode,
// ParagraphNode, RootNode), so the editor loads a template without any conversion.
function textNode(text: string): SerializedNode {
  return { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

function headingNode(text: string): SerializedNode {
  return { children: [textNode(text)], direction: 'ltr', format: '', indent: 0, type: 'heading', version: 1, tag: 'h2' };
}

function emptyParagraph(): SerializedNode {
  return { children: [], direction: null, format: '', indent: 0, type: 'paragraph', version: 1, textFormat: 0, textStyle: '' };
}

/** A new note's body: each section heading followed by an empty paragraph to type in. */
export function buildTemplateContent(id: TemplateId): NoteContent {
  const children = noteTemplates[id].sections.flatMap((section) => [headingNode(section), emptyParagraph()]);
  return { root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } };
}
