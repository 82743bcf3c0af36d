import { DFD_COLORS, flowLabel, nodeLabel, titleAndLegend } from './dot-labels.ts';
import { DFD_FONT_FAMILY } from './font.ts';
import type { DataFlow, Dfd } from './model.ts';

/** Options of `toDot`. */
export interface ToDotOptions {
  /** Main direction of the flows. [rankdir=dfd.layout.rankdir ?? 'LR'] */
  rankdir?: 'LR' | 'TB';
  /** Font size of node labels, in points; flow labels are 2 points smaller. [fontSize=12] */
  fontSize?: number;
  /** Characters per line in node labels. [nodeWidth=22] */
  nodeWidth?: number;
  /** Characters per line in flow labels. [flowWidth=30] */
  flowWidth?: number;
}

const quote = (text: string): string => `"${text.replace(/["\\]/g, '\\$&')}"`;

/**
 * Writes a diagram as Graphviz DOT, with Gane–Sarson shapes as HTML-like labels, the title and
 * a legend of the notation on top, and every flow labelled with its id and data. Flows with the
 * same two ends share one edge and one label. The output depends only on the model, so the same
 * model gives the same bytes.
 *
 * @param dfd - The diagram.
 * @param options - Layout and text sizes.
 * @returns DOT source for the `dot` layout engine.
 * @example
 * const dot = toDot(contextDfd, { rankdir: 'TB' });
 */
export function toDot(dfd: Dfd, { rankdir = dfd.layout?.rankdir ?? 'LR', fontSize = 12, nodeWidth = 22, flowWidth = 30 }: ToDotOptions = {}): string {
  const font = quote(DFD_FONT_FAMILY);
  const out: string[] = [
    `digraph ${quote(dfd.name)} {`,
    `  graph [id=${quote(dfd.name)} rankdir=${rankdir} fontname=${font} fontsize=${fontSize} labelloc=t labeljust=l pad=0.4 nodesep=0.35 ranksep=0.7 newrank=true];`,
    `  graph [label=<${titleAndLegend(dfd)}>];`,
    `  node [fontname=${font} fontsize=${fontSize} shape=plain];`,
    `  edge [fontname=${font} fontsize=${fontSize - 2} color="#555555" arrowsize=0.8 penwidth=1.2];`,
  ];
  for (const node of dfd.nodes) {
    const style =
      node.kind === 'external' ? ` shape=box style=filled fillcolor=${quote(DFD_COLORS.external)} penwidth=3 margin="0.2,0.15"` : '';
    out.push(`  ${quote(node.id)} [label=<${nodeLabel(node, nodeWidth)}>${style}];`);
  }
  for (const ids of dfd.layout?.ranks ?? []) {
    out.push(`  { rank=same; ${ids.map(quote).join('; ')}; }`);
  }
  for (const group of groupByEnds(dfd.flows)) {
    const [{ from, to }] = group;
    const id = `${dfd.name}_${group.map((flow) => flow.id).join('_')}`;
    out.push(`  ${quote(from)} -> ${quote(to)} [id=${quote(id)} label=<${flowLabel(group, flowWidth)}>];`);
  }
  out.push('}', '');
  return out.join('\n');
}

function groupByEnds(flows: DataFlow[]): DataFlow[][] {
  const groups = new Map<string, DataFlow[]>();
  for (const flow of flows) {
    const key = `${flow.from}\u0000${flow.to}`;
    groups.set(key, [...(groups.get(key) ?? []), flow]);
  }
  return [...groups.values()];
}
