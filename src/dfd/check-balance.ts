import { describeNode } from './describe-node.ts';
import type { DataFlow, Dfd, DfdNode } from './model.ts';
import type { DfdIssue } from './validate-dfd.ts';

/** A flow across the boundary of the decomposed process, in the terms both diagrams share. */
interface BoundaryFlow {
  direction: 'input' | 'output';
  /** The node outside the process: an external entity, a data store or another process. */
  outside: DfdNode;
  data: string;
  flow: DataFlow;
}

/**
 * Checks that a level-1 diagram balances the process it decomposes: each input and output of
 * that process in the parent diagram appears here with the same data label and the same node
 * outside, and nothing else crosses the boundary. Outside nodes are external entities and any
 * node of the parent diagram; they must keep their kind and label.
 *
 * @param dfd - A diagram with `parent` set.
 * @returns Issues of rule `balance`; empty when balanced or when `dfd` has no parent.
 * @example
 * checkBalance(leadGenerationDfd); // []
 */
export function checkBalance(dfd: Dfd): DfdIssue[] {
  if (!dfd.parent) return [];
  const { diagram: parentDfd, process: parentId } = dfd.parent;
  const issue = (message: string, nodes: string[], flows: string[] = []): DfdIssue => ({ rule: 'balance', message, nodes, flows });
  const parentNodes = new Map(parentDfd.nodes.map((node) => [node.id, node]));
  const parentProcess = parentNodes.get(parentId);
  if (!parentProcess || parentProcess.kind !== 'process') {
    return [issue(`diagram "${dfd.name}" decomposes process ${parentId}, which diagram "${parentDfd.name}" does not have`, [parentId])];
  }
  const process = describeNode(parentProcess);
  const issues: DfdIssue[] = [];
  const childNodes = new Map(dfd.nodes.map((node) => [node.id, node]));
  const isOutside = (node: DfdNode): boolean => node.kind === 'external' || (parentNodes.has(node.id) && node.id !== parentId);

  for (const node of dfd.nodes) {
    const there = parentNodes.get(node.id);
    if (there && node.id !== parentId && (there.kind !== node.kind || there.label !== node.label)) {
      issues.push(issue(`${describeNode(node)} is ${describeNode(there)} in diagram "${parentDfd.name}"; an outside node keeps its kind and label`, [node.id]));
    }
  }

  const expected = parentDfd.flows.flatMap((flow): BoundaryFlow[] => {
    const from = parentNodes.get(flow.from);
    const to = parentNodes.get(flow.to);
    if (!from || !to || from === to) return [];
    if (to.id === parentId) return [{ direction: 'input', outside: from, data: flow.data, flow }];
    if (from.id === parentId) return [{ direction: 'output', outside: to, data: flow.data, flow }];
    return [];
  });
  const actual: BoundaryFlow[] = [];
  for (const flow of dfd.flows) {
    const from = childNodes.get(flow.from);
    const to = childNodes.get(flow.to);
    if (!from || !to) continue;
    if (isOutside(from) && isOutside(to)) {
      issues.push(issue(`flow ${flow.id} connects ${describeNode(from)} to ${describeNode(to)}, both outside ${process}; it belongs in diagram "${parentDfd.name}"`, [from.id, to.id], [flow.id]));
    } else if (isOutside(from)) actual.push({ direction: 'input', outside: from, data: flow.data, flow });
    else if (isOutside(to)) actual.push({ direction: 'output', outside: to, data: flow.data, flow });
  }

  const key = (boundary: BoundaryFlow): string => `${boundary.direction}\u0000${boundary.outside.id}\u0000${boundary.data}`;
  const actualKeys = new Set(actual.map(key));
  const expectedKeys = new Set(expected.map(key));
  const phrase = ({ direction, outside, data }: BoundaryFlow): string =>
    direction === 'input' ? `"${data}" from ${describeNode(outside)}` : `"${data}" to ${describeNode(outside)}`;
  for (const boundary of expected) {
    if (actualKeys.has(key(boundary))) continue;
    issues.push(issue(
      `the ${boundary.direction} ${phrase(boundary)} of ${process} (flow ${boundary.flow.id} in diagram "${parentDfd.name}") is missing here`,
      [boundary.outside.id, parentId],
      [boundary.flow.id],
    ));
  }
  for (const boundary of actual) {
    if (expectedKeys.has(key(boundary))) continue;
    issues.push(issue(
      `flow ${boundary.flow.id} is an ${boundary.direction} ${phrase(boundary)}, but ${process} has no such ${boundary.direction} in diagram "${parentDfd.name}"`,
      [boundary.outside.id],
      [boundary.flow.id],
    ));
  }
  return issues;
}
