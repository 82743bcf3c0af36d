import { escapeXml } from './escape-xml.ts';
import type { DataFlow, Dfd, DfdNode } from './model.ts';
import { wrapText } from './wrap-text.ts';

/** Fill colours by kind, light enough for black text and for printing. */
export const DFD_COLORS = { process: '#e8f0fe', store: '#fff4cc', external: '#eeeeee' } as const;

const lines = (text: string, width: number): string => wrapText(text, width).map(escapeXml).join('<BR/>');

/**
 * The Graphviz HTML-like label of a node in Gane–Sarson notation: a process is a rounded box
 * with its number in a band on top and who performs it in a band below; a data store is an
 * open-ended box with its id in a cell on the left; an external entity is a box with a thick
 * border (drawn by the node itself, so the label is only its text).
 *
 * @param node - The node to draw.
 * @param width - Characters per line before the label wraps.
 * @returns The label, to be placed between `<` and `>` in DOT.
 * @example
 * `"1" [shape=plain label=<${nodeLabel(process, 22)}>]`
 */
export function nodeLabel(node: DfdNode, width: number): string {
  switch (node.kind) {
    case 'process': {
      const performer = node.performedBy
        ? `<TR><TD SIDES="T" BORDER="1"><I><FONT POINT-SIZE="10">${lines(node.performedBy, width + 4)}</FONT></I></TD></TR>`
        : '';
      return (
        `<TABLE BORDER="1" COLOR="black" STYLE="rounded" CELLBORDER="0" CELLSPACING="0" CELLPADDING="5" BGCOLOR="${DFD_COLORS.process}">` +
        `<TR><TD SIDES="B" BORDER="1"><B>${escapeXml(node.id)}</B></TD></TR>` +
        `<TR><TD>${lines(node.label, width)}</TD></TR>${performer}</TABLE>`
      );
    }
    case 'store':
      return (
        `<TABLE BORDER="0" COLOR="black" CELLBORDER="1" CELLSPACING="0" CELLPADDING="6" BGCOLOR="${DFD_COLORS.store}">` +
        `<TR><TD SIDES="LTBR"><B>${escapeXml(node.id)}</B></TD><TD SIDES="TB" ALIGN="LEFT">${lines(node.label, width)}</TD>` +
        // The empty cell keeps the open end visibly open, away from the text.
        `<TD SIDES="TB" WIDTH="8"></TD></TR></TABLE>`
      );
    case 'external':
      return lines(node.label, width);
  }
}

/**
 * The HTML-like label of one drawn edge, listing every flow it stands for (flows with the same
 * ends are drawn as one edge so that their labels cannot overlap each other).
 *
 * @param flows - Flows with the same `from` and `to`, in model order.
 * @param width - Characters per line before a data label wraps.
 * @returns The label, to be placed between `<` and `>` in DOT.
 * @example
 * flowLabel([{ id: 'F1', from: 'E1', to: '1', data: 'ad clicks' }], 28);
 */
export function flowLabel(flows: DataFlow[], width: number): string {
  const rows = flows.map((flow) => {
    const [first = '', ...rest] = wrapText(flow.data, width).map(escapeXml);
    const text = [`<B>${escapeXml(flow.id)}</B> ${first}`, ...rest].join('<BR ALIGN="LEFT"/>');
    return `<TR><TD ALIGN="LEFT">${text}<BR ALIGN="LEFT"/></TD></TR>`;
  });
  return `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" BGCOLOR="white">${rows.join('')}</TABLE>`;
}

/**
 * The graph label: the title, what the diagram is, and a legend of the notation drawn with the
 * same shapes as the nodes.
 *
 * @param dfd - The diagram.
 * @returns The label, to be placed between `<` and `>` in DOT.
 * @example
 * `label=<${titleAndLegend(contextDfd)}>`
 */
export function titleAndLegend(dfd: Dfd): string {
  const parent = dfd.parent?.diagram.nodes.find((node) => node.id === dfd.parent?.process);
  const subtitle = dfd.parent
    ? `Level 1: decomposes process ${dfd.parent.process}${parent ? ` "${parent.label}"` : ''} of diagram "${dfd.parent.diagram.name}"`
    : 'Level 0';
  const sample = (cell: string): string => `<TD VALIGN="MIDDLE">${cell}</TD>`;
  const legend = [
    nodeLabel({ kind: 'process', id: 'n', label: 'Process', performedBy: 'performed by', description: '' }, 20),
    nodeLabel({ kind: 'store', id: 'Dn', label: 'Data store', description: '' }, 20),
    `<TABLE BORDER="3" COLOR="black" CELLBORDER="0" CELLPADDING="8" BGCOLOR="${DFD_COLORS.external}"><TR><TD>External entity</TD></TR></TABLE>`,
    `<TABLE BORDER="0" CELLPADDING="2"><TR><TD>──────▶</TD></TR><TR><TD><FONT POINT-SIZE="10"><B>Fn</B> data flow</FONT></TD></TR></TABLE>`,
  ];
  return (
    `<TABLE BORDER="0" CELLSPACING="6" CELLPADDING="0">` +
    `<TR><TD ALIGN="LEFT"><B><FONT POINT-SIZE="18">${escapeXml(dfd.title)}</FONT></B></TD></TR>` +
    `<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="11">${escapeXml(subtitle)}</FONT></TD></TR>` +
    `<TR><TD ALIGN="LEFT"><TABLE BORDER="1" COLOR="#999999" CELLBORDER="0" CELLSPACING="10" CELLPADDING="0"><TR>` +
    `<TD VALIGN="MIDDLE"><FONT POINT-SIZE="11"><B>Legend</B></FONT></TD>${legend.map(sample).join('')}` +
    `</TR></TABLE></TD></TR></TABLE>`
  );
}
