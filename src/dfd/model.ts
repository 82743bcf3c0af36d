/**
 * Data-flow diagrams (DFDs) as typed data, in Gane–Sarson notation.
 *
 * A diagram is plain data so that it is reviewed in diffs like code, validated by the rules
 * of the notation (`validateDfd`) and rendered to SVG/PNG (`renderDfdSvg`, `renderDfdPng`).
 */

/** A source or sink of data outside the system: a person, a team or a third-party service. */
export interface ExternalEntity {
  kind: 'external';
  /** Unique id within the diagram, e.g. `E1`; the same id means the same entity in every diagram. */
  id: string;
  /** Name shown in the box, e.g. `Google Ads`. */
  label: string;
  /** One sentence for the glossary. */
  description: string;
}

/** A step that transforms data; in Gane–Sarson notation a rounded box with its number on top. */
export interface Process {
  kind: 'process';
  /** The process number, used as its id: `1`, `2` in a level-0 diagram; `1.1`, `1.2` below process 1. */
  id: string;
  /** A verb phrase, e.g. `Enrich and score leads`. */
  label: string;
  /** Who or what performs it (a tool, a team), shown in the bottom band, e.g. `Qualified`. */
  performedBy?: string;
  /** One sentence for the glossary. */
  description: string;
}

/** Data at rest; in Gane–Sarson notation an open-ended box with its id in a cell on the left. */
export interface DataStore {
  kind: 'store';
  /** `D1`, `D2`, …; the same id means the same store in every diagram. */
  id: string;
  /** Name shown beside the id, e.g. `BigQuery`. */
  label: string;
  /** One sentence for the glossary. */
  description: string;
}

/** Any node of a diagram. */
export type DfdNode = ExternalEntity | Process | DataStore;

/** The kinds of node, as written in `DfdNode.kind`. */
export type DfdNodeKind = DfdNode['kind'];

/** A directed flow of data between two nodes, labelled with the data it carries. */
export interface DataFlow {
  /** Unique id within the diagram, e.g. `F7`. */
  id: string;
  /** Id of the node the data leaves. */
  from: string;
  /** Id of the node the data enters. */
  to: string;
  /** The data carried, as a noun phrase, e.g. `scored leads`. Balancing compares these labels. */
  data: string;
}

/** The process of a higher-level diagram that a level-1 diagram decomposes. */
export interface DfdParent {
  /** The level-0 diagram that holds the process. */
  diagram: Dfd;
  /** The id (number) of the decomposed process in that diagram, e.g. `1`. */
  process: string;
}

/** One data-flow diagram. */
export interface Dfd {
  /** File-safe name, used for `exports/dfd/<name>.svg`, e.g. `context`. */
  name: string;
  /** Title shown on the diagram. */
  title: string;
  /** 0 for the top diagram, 1 for the decomposition of one of its processes. */
  level: 0 | 1;
  /** For a level-1 diagram, the process it decomposes; its boundary flows must balance that process. */
  parent?: DfdParent;
  /** One or two sentences for the glossary: what the diagram shows. */
  description: string;
  nodes: DfdNode[];
  flows: DataFlow[];
  /** Hints for the layout only; they change nothing in the model or its validation. */
  layout?: DfdLayout;
}

/** Hints for drawing a diagram. */
export interface DfdLayout {
  /** Main direction of the flows: `LR` left to right, `TB` top to bottom. [rankdir='LR'] */
  rankdir?: 'LR' | 'TB';
  /** Groups of node ids to line up in the same rank (a column when `LR`). [ranks=[]] */
  ranks?: string[][];
}
