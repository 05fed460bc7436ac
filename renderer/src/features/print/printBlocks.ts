/**
 * The print drawing of a profile's heading and closing blocks: what they say and where is
 * shared/document-profiles/page-blocks.ts (the Word export draws the same blocks); here each
 * becomes HTML the print style sheet sets on the page.
 */
import type { BlockLine, CellItem, PageBlock } from '../../../../shared/document-profiles';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function line(l: BlockLine): HTMLElement {
  // A blank line keeps its height (the signature's room), as an empty Word paragraph does.
  const p = element('p', 'print-block-line', l.text || '\u00a0');
  p.style.textAlign = l.align;
  p.style.fontWeight = l.bold ? 'bold' : 'normal';
  p.style.fontStyle = l.italics ? 'italic' : 'normal';
  if (l.sizePt) p.style.fontSize = `${l.sizePt}pt`;
  p.style.marginBottom = `${l.afterPt ?? 0}pt`;
  return p;
}

function cellItem(item: CellItem): HTMLElement {
  if (item.kind === 'line') return line(item);
  const rule = element('div', 'print-block-rule');
  rule.style.margin = `0 ${item.insetPt}pt 3pt`;
  return rule;
}

function table(className: string, rows: HTMLElement[][], widths: string[]): HTMLTableElement {
  const t = element('table', className);
  for (const cells of rows) {
    const tr = t.insertRow();
    cells.forEach((content, i) => {
      const td = tr.insertCell();
      td.style.width = widths[i]!;
      td.append(content);
    });
  }
  return t;
}

const fragment = (items: HTMLElement[]) => {
  const div = document.createElement('div');
  div.append(...items);
  return div;
};

export function drawPrintBlock(block: PageBlock): HTMLElement[] {
  switch (block.kind) {
    case 'line':
      return [line(block)];
    case 'title':
      return [element('p', 'print-title', block.text)];
    case 'metadata':
      return [table('print-block-metadata', block.rows.map((r) => [element('strong', '', r.label), fragment(r.value.split(/\r\n|\r|\n/).map((v) => element('p', '', v)))]), ['29%', '71%'])];
    case 'subject': {
      const p = element('p', 'print-block-subject');
      p.append(element('strong', '', `${block.label}: ${block.text}`));
      return [p];
    }
    case 'columns': {
      const left = `${Math.round(block.leftShare * 100)}%`;
      const right = `${100 - Math.round(block.leftShare * 100)}%`;
      return [table('print-block-columns', block.rows.map(([l, r]) => [fragment(l.map(cellItem)), fragment(r.map(cellItem))]), [left, right])];
    }
    case 'space': {
      const space = element('div', 'print-block-space');
      space.style.height = `${block.afterPt}pt`;
      return [space];
    }
    case 'decision': {
      const d = block.labels;
      const heading = element('p', 'print-block-decision-heading');
      heading.append(element('strong', '', d.heading.toUpperCase()));
      const box = (text: string) => element('strong', '', `☐  ${text}`);
      const blank = (text: string) => element('span', '', `${text}: ______________________`);
      return [heading, table('print-block-decision', [[box(d.approved), box(d.notApproved)], [blank(d.signature), blank(d.date)]], ['50%', '50%'])];
    }
  }
}
