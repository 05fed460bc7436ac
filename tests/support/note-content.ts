/** Hand-built Lexical JSON for tests: the shapes the editor saves. */
import type { NoteContent, SerializedNode } from '../../shared/note-format';

export const text = (value: string, format = 0): SerializedNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
});

export const fact = (factId: string, value: string, factVersion = 1): SerializedNode => ({
  type: 'fact',
  version: 1,
  factId,
  factVersion,
  text: value,
});

export const paragraph = (...children: SerializedNode[]): SerializedNode => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type: 'paragraph',
  version: 1,
  textFormat: 0,
  textStyle: '',
});

export const heading = (value: string): SerializedNode => ({
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  type: 'heading',
  version: 1,
  tag: 'h2',
});

export const content = (...children: SerializedNode[]): NoteContent => ({
  root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
});

/** A figure chip (note format version 2): the fact's value as formatted when inserted. */
export const figure = (factId: string, value: string, factVersion = 1): SerializedNode => ({
  type: 'fact',
  version: 2,
  factId,
  factVersion,
  form: 'figure',
  text: value,
});

/** The writer's own words citing a fact. */
export const phrase = (factId: string, ...children: SerializedNode[]): SerializedNode => ({
  type: 'fact-phrase',
  version: 1,
  factId,
  factVersion: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
});
