import { checkBalance } from './check-balance.ts';
import { describeNode } from './describe-node.ts';
import type { DataFlow, Dfd, DfdNode } from './model.ts';

/** The rules of the notation that `validateDfd` checks, one name per rule. */
export type DfdRule =
  | 'duplicate-id'
  | 'unknown-node'
  | 'unlabelled-flow'
  | 'self-flow'
  | 'entity-to-entity'
  | 'store-to-store'
  | 'entity-to-store'
  | 'process-input'
  | 'process-output'
  | 'orphan-node'
  | 'numbering'
  | 'balance';

/** One broken rule, with the ids of the nodes and flows involved. */
export interface DfdIssue {
  /** The rule that is broken. */
  rule: DfdRule;
  /** A sentence naming the flow and node ids, e.g. `flow F7 connects external entity "Google Ads" to …`. */
  message: string;
  /** Ids of the nodes involved. */
  nodes: string[];
  /** Ids of the flows involved. */
  flows: string[];
}

/**
 * Checks a diagram against the rules of data-flow diagrams: every flow connects declared nodes
 * and carries a label; no flow joins two external entities, two data stores, or an external
 * entity and a data store without a process between them; every process has an input and an
 * output; every node has a flow; process numbers follow the level; and a level-1 diagram
 * balances its parent process.
 *
 * @param dfd - The diagram to check.
 * @returns The broken rules, in the order of the nodes and flows; empty when the diagram is valid.
 * @example
 * for (const issue of validateDfd(contextDfd)) console.log(`${issue.rule}: ${issue.message}`);
 */
export function validateDfd(dfd: Dfd): DfdIssue[] {
  const issues: DfdIssue[] = [];
  const byId = new Map<string, DfdNode>();
  for (const node of dfd.nodes) {
    if (byId.has(node.id)) {
      issues.push({ rule: 'duplicate-id', message: `node id ${node.id} is declared twice`, nodes: [node.id], flows: [] });
    } else byId.set(node.id, node);
  }
  const flowIds = new Set<string>();
  for (const flow of dfd.flows) {
    if (flowIds.has(flow.id)) {
      issues.push({ rule: 'duplicate-id', message: `flow id ${flow.id} is used twice`, nodes: [], flows: [flow.id] });
    }
    flowIds.add(flow.id);
    issues.push(...checkFlow(flow, byId));
  }
  issues.push(...checkNodes(dfd, byId));
  issues.push(...checkNumbering(dfd));
  if (dfd.parent) issues.push(...checkBalance(dfd));
  return issues;
}

/**
 * Like `validateDfd`, but throws when the diagram breaks any rule, so that nothing is rendered
 * from a broken model.
 *
 * @param dfd - The diagram to check.
 * @returns The same diagram, for chaining.
 * @example
 * const svg = await renderDfdSvg(assertValidDfd(contextDfd));
 */
export function assertValidDfd(dfd: Dfd): Dfd {
  const issues = validateDfd(dfd);
  if (issues.length > 0) {
    const lines = issues.map((issue) => `  ${issue.rule}: ${issue.message}`);
    throw new Error(`diagram "${dfd.name}" breaks ${issues.length} rule(s):\n${lines.join('\n')}`);
  }
  return dfd;
}

function checkFlow(flow: DataFlow, byId: Map<string, DfdNode>): DfdIssue[] {
  const issue = (rule: DfdRule, message: string, nodes: string[]): DfdIssue => ({ rule, message, nodes, flows: [flow.id] });
  const issues: DfdIssue[] = [];
  if (flow.data.trim() === '') issues.push(issue('unlabelled-flow', `flow ${flow.id} has no data label`, []));
  const from = byId.get(flow.from);
  const to = byId.get(flow.to);
  for (const [end, id] of [[from, flow.from], [to, flow.to]] as const) {
    if (!end) issues.push(issue('unknown-node', `flow ${flow.id} refers to node ${id}, which is not declared`, [id]));
  }
  if (!from || !to) return issues;
  const between = `flow ${flow.id} connects ${describeNode(from)} to ${describeNode(to)}`;
  const ends = [from.id, to.id];
  if (from.id === to.id) {
    issues.push(issue('self-flow', `flow ${flow.id} leaves and enters ${describeNode(from)}`, [from.id]));
  } else if (from.kind === 'external' && to.kind === 'external') {
    issues.push(issue('entity-to-entity', `${between}: data between external entities is outside the system`, ends));
  } else if (from.kind === 'store' && to.kind === 'store') {
    issues.push(issue('store-to-store', `${between}: data moves between stores only through a process`, ends));
  } else if (from.kind !== 'process' && to.kind !== 'process') {
    issues.push(issue('entity-to-store', `${between} without a process between them`, ends));
  }
  return issues;
}

function checkNodes(dfd: Dfd, byId: Map<string, DfdNode>): DfdIssue[] {
  const issues: DfdIssue[] = [];
  const inputs = new Set(dfd.flows.map((flow) => flow.to));
  const outputs = new Set(dfd.flows.map((flow) => flow.from));
  const boundary = dfd.parent ? new Set(dfd.parent.diagram.nodes.map((node) => node.id)) : new Set<string>();
  for (const node of byId.values()) {
    const named = describeNode(node);
    if (!inputs.has(node.id) && !outputs.has(node.id)) {
      issues.push({ rule: 'orphan-node', message: `${named} has no flows`, nodes: [node.id], flows: [] });
      continue;
    }
    // A process borrowed from the parent diagram is only an end point here; its own inputs and
    // outputs are checked in the diagram it belongs to.
    if (node.kind !== 'process' || boundary.has(node.id)) continue;
    if (!inputs.has(node.id)) {
      issues.push({ rule: 'process-input', message: `${named} has no input flow: a process must transform some data`, nodes: [node.id], flows: [] });
    }
    if (!outputs.has(node.id)) {
      issues.push({ rule: 'process-output', message: `${named} has no output flow: a process must produce some data`, nodes: [node.id], flows: [] });
    }
  }
  return issues;
}

function checkNumbering(dfd: Dfd): DfdIssue[] {
  const issues: DfdIssue[] = [];
  const numbering = (message: string, node?: DfdNode): DfdIssue => ({ rule: 'numbering', message, nodes: node ? [node.id] : [], flows: [] });
  if (dfd.level === 1 && !dfd.parent) issues.push(numbering(`level-1 diagram "${dfd.name}" does not declare the process it decomposes`));
  if (dfd.level === 0 && dfd.parent) issues.push(numbering(`level-0 diagram "${dfd.name}" declares a parent process`));
  const parentIds = new Set(dfd.parent?.diagram.nodes.map((node) => node.id) ?? []);
  for (const node of dfd.nodes) {
    if (node.kind === 'store' && !/^D\d+(\.\d+)?$/.test(node.id)) {
      issues.push(numbering(`${describeNode(node)} needs an id of the form D1, D2, …`, node));
    }
    if (node.kind !== 'process') continue;
    if (dfd.level === 0 && !/^[1-9]\d*$/.test(node.id)) {
      issues.push(numbering(`${describeNode(node)} in a level-0 diagram needs a whole number (1, 2, …)`, node));
    }
    if (dfd.level === 1 && dfd.parent) {
      const parent = dfd.parent.process;
      const isChild = new RegExp(`^${parent.replace(/\./g, '\\.')}\\.[1-9]\\d*$`).test(node.id);
      if (node.id === parent) {
        issues.push(numbering(`${describeNode(node)} is the process this diagram decomposes; show its sub-processes instead`, node));
      } else if (!isChild && !parentIds.has(node.id)) {
        issues.push(numbering(`${describeNode(node)} needs a number of the form ${parent}.1, ${parent}.2, … below process ${parent}`, node));
      }
    }
  }
  return issues;
}
