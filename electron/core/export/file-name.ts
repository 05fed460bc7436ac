/** File names for what a note is saved as (Word, PDF). */

/** Names Windows reserves for devices, with or without an extension ("CON.docx" cannot be saved). */
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Room for the extension within the 255 bytes Linux and macOS allow per name. */
const maxNameBytes = 200;

/**
 * A file name a user would give it: the title, without characters file systems refuse, not
 * hidden (no leading dot), not a Windows device name, and cut at a character boundary to
 * fit the 255-byte name limit (120 Vietnamese or CJK characters can exceed it).
 */
export function noteFileName(title: string, extension: 'docx' | 'pdf'): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\uFFFE\uFFFF<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[. ]+/, '')
    .trim();
  let name = '';
  for (const char of cleaned) {
    if (name.length >= 120 || Buffer.byteLength(name + char, 'utf8') > maxNameBytes) break;
    name += char;
  }
  name = name.replace(/[. ]+$/, '');
  if (windowsReserved.test(name)) name = `Briefing note - ${name}`;
  return `${name || 'Briefing note'}.${extension}`;
}
