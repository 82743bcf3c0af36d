import type { Dfd } from '../model.ts';
import { bigQuery, hubSpot, nessy, salesforce, streamTeams } from './stream-nodes.ts';
import { streamContextDfd } from './stream-context.ts';

/**
 * Level-1 diagram of process 4, data storage and reporting: Fivetran replicates Salesforce,
 * HubSpot and Nessy into BigQuery, and Looker models and reports on the replicated tables.
 *
 * @example
 * validateDfd(storageReportingDfd); // []
 */
export const storageReportingDfd: Dfd = {
  name: 'stream-storage-reporting',
  title: 'Stream 4: data storage and reporting',
  level: 1,
  parent: { diagram: streamContextDfd, process: '4' },
  layout: { rankdir: 'TB' },
  description:
    "Fivetran's connectors extract changed records from Salesforce, HubSpot and Nessy and load them into BigQuery; Looker models the replicated tables and publishes dashboards.",
  nodes: [
    salesforce,
    hubSpot,
    nessy,
    {
      kind: 'process',
      id: '4.1',
      label: 'Extract changed records',
      performedBy: 'Fivetran connectors',
      description: 'Reads what changed since the last sync from each source, on a schedule.',
    },
    {
      kind: 'process',
      id: '4.2',
      label: 'Load and merge into the warehouse',
      performedBy: 'Fivetran · BigQuery',
      description: 'Merges each batch into one BigQuery table per source object, keyed by its id.',
    },
    bigQuery,
    {
      kind: 'process',
      id: '4.3',
      label: 'Model and query',
      performedBy: 'Looker (LookML)',
      description: 'Joins the replicated tables into business measures and runs the queries behind each question.',
    },
    {
      kind: 'process',
      id: '4.4',
      label: 'Publish dashboards',
      performedBy: 'Looker',
      description: 'Shows the results as dashboards and sends scheduled reports.',
    },
    streamTeams,
  ],
  flows: [
    { id: 'F1', from: 'D1', to: '4.1', data: 'Salesforce objects' },
    { id: 'F2', from: 'D3', to: '4.1', data: 'HubSpot objects' },
    { id: 'F3', from: 'D4', to: '4.1', data: 'Nessy tables' },
    { id: 'F4', from: '4.1', to: '4.2', data: 'change batches' },
    { id: 'F5', from: '4.2', to: 'D2', data: 'replicated tables' },
    { id: 'F6', from: 'D2', to: '4.3', data: 'replicated tables' },
    { id: 'F7', from: 'E6', to: '4.3', data: 'questions and filters' },
    { id: 'F8', from: '4.3', to: '4.4', data: 'query results' },
    { id: 'F9', from: '4.4', to: 'E6', data: 'dashboards and scheduled reports' },
  ],
};
