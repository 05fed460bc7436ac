/**
 * Text the CLI prints comes partly from the store (titles, statements, metadata) and from
 * the user's own arguments (echoed in errors). A control character in it would be obeyed by
 * the terminal: ESC sequences can recolour, retitle or rewrite the screen, and a carriage
 * return can hide what was printed before it. So every control character except line feed
 * and tab is shown as a visible `\uXXXX` escape instead.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const terminalControl = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Controls become visible escapes. In --json output the only raw controls that can remain
 * are DEL and C1 inside strings (JSON.stringify escapes C0), and `\u0085` there is a JSON
 * escape for the same character, so the value read back is unchanged.
 */
export function terminalText(text: string): string {
  return text.replace(terminalControl, visible);
}
