/**
 * A child process for the export durability test: writes two documents in turn to one target
 * with the app's writer until it is killed (`once`: a single write, for strace).
 */
import { readFileSync } from 'node:fs';
import { writeDocxAtomically } from '../../electron/core/export/write';

const [target, first, second, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
const documents = [readFileSync(first), readFileSync(second)];
process.stdout.write('ready\n');
if (mode === 'once') await writeDocxAtomically(target, documents[1]!);
else for (let i = 1; ; i++) await writeDocxAtomically(target, documents[i % 2]!);
