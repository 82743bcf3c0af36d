import type { Dfd } from '../model.ts';
import { hubSpot, salesforce } from './stream-nodes.ts';
import { streamContextDfd } from './stream-context.ts';

/**
 * Level-1 diagram of process 5, automation: Zapier's triggers pick up changed records in
 * Salesforce and HubSpot, map their fields, and its actions write them to the other tool.
 *
 * @example
 * validateDfd(automationDfd); // []
 */
export const automationDfd: Dfd = {
  name: 'stream-automation',
  title: 'Stream 5: automation with Zapier',
  level: 1,
  parent: { diagram: streamContextDfd, process: '5' },
  layout: { rankdir: 'TB', ranks: [['D1', 'D3']] },
  description:
    'Zapier keeps Salesforce and HubSpot in step: a trigger fires on a changed record in one tool, the Zap maps its fields, and an action updates the matching record in the other.',
  nodes: [
    salesforce,
    hubSpot,
    {
      kind: 'process',
      id: '5.1',
      label: 'Detect changed records',
      performedBy: 'Zapier triggers',
      description: 'Fires when a contact, company or deal is created or updated in Salesforce or HubSpot.',
    },
    {
      kind: 'process',
      id: '5.2',
      label: 'Map fields to the other tool',
      performedBy: 'Zapier',
      description: "Renames and converts each changed field to the other tool's field and picks the target tool.",
    },
    {
      kind: 'process',
      id: '5.3',
      label: 'Write updates',
      performedBy: 'Zapier actions',
      description: 'Creates or updates the matching record in the target tool.',
    },
  ],
  flows: [
    { id: 'F1', from: 'D1', to: '5.1', data: 'changed Salesforce records' },
    { id: 'F2', from: 'D3', to: '5.1', data: 'changed HubSpot records' },
    { id: 'F3', from: '5.1', to: '5.2', data: 'trigger payloads' },
    { id: 'F4', from: '5.2', to: '5.3', data: 'field updates by target tool' },
    { id: 'F5', from: '5.3', to: 'D1', data: 'updates from HubSpot' },
    { id: 'F6', from: '5.3', to: 'D3', data: 'updates from Salesforce' },
  ],
};
