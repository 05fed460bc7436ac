/**
 * One export as a whole process, as the CLI will run it: read a note and its facts as JSON,
 * export, write the DOCX atomically. Bundled by bench-export.ts with esbuild, like the CLI.
 */
import { readFileSync } from 'node:fs';
import { exportNoteToDocx, writeDocxAtomically, type CitedFactSources } from '../../electron/core/export';
import type { StoredNote } from '../../shared/note-format';

const [input, output] = process.argv.slice(2);
const { note, facts } = JSON.parse(readFileSync(input!, 'utf8')) as { note: StoredNote; facts: Record<string, CitedFactSources> };
const docx = await exportNoteToDocx(note, (id) => facts[id] ?? null, { style: 'chicago' });
await writeDocxAtomically(output!, docx);
