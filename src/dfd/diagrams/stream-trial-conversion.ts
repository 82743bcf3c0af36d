import type { Dfd } from '../model.ts';
import { nessy, salesforce } from './stream-nodes.ts';
import { streamContextDfd } from './stream-context.ts';

/**
 * Level-1 diagram of process 2, trial conversion: a person's first trial on a personal or
 * throwaway email and second trial on a corporate email are linked, matched to a lead in
 * Salesforce, and the lead is converted to a contact with an opportunity.
 *
 * @example
 * validateDfd(trialConversionDfd); // []
 */
export const trialConversionDfd: Dfd = {
  name: 'stream-trial-conversion',
  title: 'Stream 2: trial conversion',
  level: 1,
  parent: { diagram: streamContextDfd, process: '2' },
  layout: { rankdir: 'TB' },
  description:
    'A lead often tries the product first with a personal or throwaway email, then starts a second trial with a corporate email; the two are linked, matched to the lead, and the lead becomes a contact with an opportunity in Salesforce.',
  nodes: [
    nessy,
    {
      kind: 'process',
      id: '2.1',
      label: 'Classify trial email',
      performedBy: 'Nessy',
      description: 'Sorts each trial sign-up by its email domain: personal or throwaway, or corporate.',
    },
    {
      kind: 'process',
      id: '2.2',
      label: 'Link the two trials to one person',
      performedBy: 'Nessy',
      description: 'Joins the personal first trial to the corporate second trial of the same person (name, invitation, payment card).',
    },
    {
      kind: 'process',
      id: '2.3',
      label: 'Match trial to lead',
      performedBy: 'Salesforce',
      description: 'Finds the lead or account by corporate email and company domain.',
    },
    {
      kind: 'process',
      id: '2.4',
      label: 'Convert lead and open opportunity',
      performedBy: 'Salesforce',
      description: 'Converts the lead into a contact on the account and opens an opportunity for the trial organization.',
    },
    salesforce,
  ],
  flows: [
    { id: 'F1', from: 'D4', to: '2.1', data: 'trial sign-ups (personal, then corporate email)' },
    { id: 'F2', from: '2.1', to: '2.2', data: 'first trial: personal or throwaway email' },
    { id: 'F3', from: '2.1', to: '2.2', data: 'second trial: corporate email' },
    { id: 'F4', from: '2.2', to: '2.3', data: 'person with corporate email and domain' },
    { id: 'F5', from: 'D1', to: '2.3', data: 'open leads and accounts' },
    { id: 'F6', from: '2.3', to: '2.4', data: 'lead matched to trial organization' },
    { id: 'F7', from: '2.4', to: 'D1', data: 'contacts and trial opportunities' },
  ],
};
