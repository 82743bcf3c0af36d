import type { Dfd } from '../model.ts';
import { gitHub, googleAds, linkedIn, prospect, salesforce } from './stream-nodes.ts';
import { streamContextDfd } from './stream-context.ts';

/**
 * Level-1 diagram of process 1, lead generation and enrichment: clicks from Google Ads and
 * LinkedIn, referrals from GitHub and activity on the website tracked by Google Analytics become
 * leads that Qualified captures and enriches and MadKudu scores before they enter Salesforce.
 *
 * @example
 * validateDfd(leadGenerationDfd); // []
 */
export const leadGenerationDfd: Dfd = {
  name: 'stream-lead-generation',
  title: 'Stream 1: lead generation and enrichment',
  level: 1,
  parent: { diagram: streamContextDfd, process: '1' },
  layout: { rankdir: 'TB' },
  description:
    'Marketing clicks and website activity, tracked by Google Analytics, become leads; Qualified captures and enriches them and MadKudu scores them before they are routed into Salesforce, linked to their campaign.',
  nodes: [
    googleAds,
    linkedIn,
    gitHub,
    prospect,
    {
      kind: 'process',
      id: '1.1',
      label: 'Track website visits and sources',
      performedBy: 'Website · Google Analytics',
      description: 'The website records each visit with its source (ad click, UTM tag, GitHub referral) in Google Analytics.',
    },
    {
      kind: 'process',
      id: '1.2',
      label: 'Capture and enrich lead',
      performedBy: 'Qualified',
      description: 'Qualified identifies the visitor from a form or chat and adds company data (firmographics).',
    },
    {
      kind: 'process',
      id: '1.3',
      label: 'Score fit and intent',
      performedBy: 'MadKudu',
      description: 'MadKudu scores how well the company fits and how strongly the person shows intent.',
    },
    {
      kind: 'process',
      id: '1.4',
      label: 'Route lead to the CRM',
      performedBy: 'Qualified · Salesforce',
      description: 'Creates the lead, or updates a matching one, in Salesforce and links it to its campaign.',
    },
    salesforce,
  ],
  flows: [
    { id: 'F1', from: 'E1', to: '1.1', data: 'ad clicks (gclid, campaign)' },
    { id: 'F2', from: 'E2', to: '1.1', data: 'ad clicks (UTM campaign)' },
    { id: 'F3', from: 'E3', to: '1.1', data: 'SDK repository referrals' },
    { id: 'F4', from: 'E4', to: '1.1', data: 'page views' },
    { id: 'F5', from: '1.1', to: '1.2', data: 'sessions with source and campaign' },
    { id: 'F6', from: 'E4', to: '1.2', data: 'forms and chat conversations' },
    { id: 'F7', from: '1.2', to: '1.3', data: 'lead with company data' },
    { id: 'F8', from: '1.3', to: '1.4', data: 'lead with fit and intent scores' },
    { id: 'F9', from: 'D1', to: '1.4', data: 'existing leads and accounts' },
    { id: 'F10', from: '1.4', to: 'D1', data: 'scored leads linked to campaigns' },
  ],
};
