import type TurndownService from 'turndown';

/**
 * GFM tables for every table. turndown-plugin-gfm's table rule keeps tables
 * without a heading row as raw HTML and does not escape `|` inside cells,
 * which splits a cell in two; this rule writes each cell through turndown,
 * escapes pipes, keeps line breaks as <br>, spreads colspans, and gives a
 * headerless table an empty heading row (GFM requires one).
 */

function cellMarkdown(service: TurndownService, cell: HTMLTableCellElement): string {
  return service
    .turndown(cell)
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, '<br>');
}

function isHeading(row: HTMLTableRowElement): boolean {
  return row.parentElement?.nodeName === 'THEAD' || (row.cells.length > 0 && Array.from(row.cells).every((c) => c.nodeName === 'TH'));
}

export function tableRule(service: TurndownService): void {
  service.addRule('gfmTable', {
    filter: 'table',
    replacement: (_content, node) => {
      const table = node as HTMLTableElement;
      const rows = Array.from(table.rows).map((row) => ({
        heading: isHeading(row),
        cells: Array.from(row.cells).flatMap((cell) => [cellMarkdown(service, cell), ...Array<string>(Math.max(0, cell.colSpan - 1)).fill('')]),
      }));
      if (rows.length === 0) return '';
      const width = Math.max(...rows.map((r) => r.cells.length));
      const line = (cells: string[]) => '| ' + [...cells, ...Array<string>(width - cells.length).fill('')].join(' | ') + ' |';
      const head = rows[0]!.heading ? rows.shift()!.cells : [];
      const caption = table.caption ? service.turndown(table.caption).trim() + '\n\n' : '';
      return '\n\n' + caption + [line(head), line(Array<string>(width).fill('---')), ...rows.map((r) => line(r.cells))].join('\n') + '\n\n';
    },
  });
}
