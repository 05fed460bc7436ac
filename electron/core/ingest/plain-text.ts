import type { SourceMeta } from '../../../shared/model';
import { cleanTitle } from './meta';

/** A Markdown file's title is its first level-one heading ("# Title"), outside code blocks. */
export function markdownMeta(text: string): Partial<SourceMeta> {
  let inFence = false;
  for (const line of text.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = line.match(/^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/);
    if (heading) {
      const title = cleanTitle(heading[1]);
      return title ? { title } : {};
    }
  }
  return {};
}
