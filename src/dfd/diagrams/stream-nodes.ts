import type { DataStore, ExternalEntity } from '../model.ts';

// External entities and data stores that several Stream diagrams share: each is declared once so
// that a level-1 diagram shows exactly the node of the context diagram, which balancing requires.

export const googleAds: ExternalEntity = {
  kind: 'external',
  id: 'E1',
  label: 'Google Ads',
  description: 'Search and display campaigns; each click reaches the website with its campaign and click id (gclid).',
};

export const linkedIn: ExternalEntity = {
  kind: 'external',
  id: 'E2',
  label: 'LinkedIn',
  description: 'Sponsored posts and ads aimed at developers and buyers; clicks carry UTM campaign tags.',
};

export const gitHub: ExternalEntity = {
  kind: 'external',
  id: 'E3',
  label: 'GitHub',
  description: "Stream's open-source SDK repositories; developers follow their links to the website.",
};

export const prospect: ExternalEntity = {
  kind: 'external',
  id: 'E4',
  label: 'Prospect or customer',
  description:
    'A person who visits the website, chats or fills a form, signs up for trials, joins organizations and uses the API: a lead, then a contact and a member.',
};

export const stripe: ExternalEntity = {
  kind: 'external',
  id: 'E5',
  label: 'Stripe',
  description: 'Subscription billing connected directly to Nessy: invoices plans and overages, charges cards, reports payment status.',
};

export const streamTeams: ExternalEntity = {
  kind: 'external',
  id: 'E6',
  label: 'Sales, marketing and leadership',
  description: "Stream's teams who ask questions of the data and read the Looker dashboards.",
};

export const salesforce: DataStore = {
  kind: 'store',
  id: 'D1',
  label: 'Salesforce',
  description: 'CRM of record for sales: leads, contacts, accounts, opportunities and the campaigns linked to them.',
};

export const bigQuery: DataStore = {
  kind: 'store',
  id: 'D2',
  label: 'BigQuery',
  description: 'Data warehouse holding the tables that Fivetran replicates from Salesforce, HubSpot and Nessy.',
};

export const hubSpot: DataStore = {
  kind: 'store',
  id: 'D3',
  label: 'HubSpot',
  description: 'Marketing CRM: contacts and companies with the product, plan and subscription properties that Nessy feeds it.',
};

export const nessy: DataStore = {
  kind: 'store',
  id: 'D4',
  label: 'Nessy',
  description:
    "Stream's in-house backend database and source of truth: users, organizations, memberships, plans and subscription records.",
};
