import type { DfdNode } from './model.ts';

const KIND_NAMES = { external: 'external entity', process: 'process', store: 'data store' } as const;

/**
 * Names a node the way validation messages and the glossary refer to it: its kind, then its
 * number or id where the notation shows one, then its label in quotes.
 *
 * @param node - Any node of a diagram.
 * @returns e.g. `external entity "Google Ads"`, `process 1.2 "Enrich and score leads"` or `data store "D2 BigQuery"`.
 * @example
 * describeNode({ kind: 'store', id: 'D2', label: 'BigQuery', description: '' }); // 'data store "D2 BigQuery"'
 */
export function describeNode(node: DfdNode): string {
  switch (node.kind) {
    case 'external':
      return `${KIND_NAMES.external} "${node.label}"`;
    case 'process':
      return `${KIND_NAMES.process} ${node.id} "${node.label}"`;
    case 'store':
      return `${KIND_NAMES.store} "${node.id} ${node.label}"`;
  }
}

/**
 * The name of a kind of node in words, as the legend and the glossary write it.
 *
 * @param kind - `external`, `process` or `store`.
 * @returns `external entity`, `process` or `data store`.
 * @example
 * kindName('store'); // 'data store'
 */
export function kindName(kind: DfdNode['kind']): string {
  return KIND_NAMES[kind];
}
