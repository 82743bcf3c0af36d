import type { Dfd } from '../model.ts';
import { hubSpot, nessy, prospect, salesforce, stripe } from './stream-nodes.ts';
import { streamContextDfd } from './stream-context.ts';

/**
 * Level-1 diagram of process 3, Nessy as the source of truth: a sign-up creates an organization,
 * members belong to one or more organizations, a new organization gets the free legacy plan
 * unless another is chosen, Stripe bills plans and overages, and Nessy feeds HubSpot, which
 * passes the data on to Salesforce.
 *
 * @example
 * validateDfd(nessyAccountsDfd); // []
 */
export const nessyAccountsDfd: Dfd = {
  name: 'stream-nessy-accounts',
  title: 'Stream 3: Nessy, source of truth for accounts, plans and subscriptions',
  level: 1,
  parent: { diagram: streamContextDfd, process: '3' },
  layout: { rankdir: 'TB' },
  description:
    'Nessy creates an organization at sign-up, keeps members (who may belong to several organizations), assigns the default free legacy plan unless another is chosen, bills subscriptions and overages through Stripe, and feeds customer and subscription data to HubSpot and on to Salesforce.',
  nodes: [
    prospect,
    {
      kind: 'process',
      id: '3.1',
      label: 'Sign up and create organization',
      performedBy: 'Nessy',
      description: 'A sign-up creates a user and a new organization with that user as its owner.',
    },
    {
      kind: 'process',
      id: '3.2',
      label: 'Manage members',
      performedBy: 'Nessy',
      description: 'Adds invited users to organizations; one user can be a member of several organizations.',
    },
    {
      kind: 'process',
      id: '3.3',
      label: 'Assign plan',
      performedBy: 'Nessy',
      description: 'Gives a new organization the default free legacy plan unless another plan is selected.',
    },
    {
      kind: 'process',
      id: '3.4',
      label: 'Bill subscriptions and overages',
      performedBy: 'Nessy · Stripe',
      description: 'Sends plans and metered usage to Stripe and stores the resulting subscription state, including overages, in Nessy.',
    },
    {
      kind: 'process',
      id: '3.5',
      label: 'Feed customer data to HubSpot',
      performedBy: 'Nessy',
      description: 'Pushes organizations, members and subscriptions to HubSpot contacts and companies as properties.',
    },
    {
      kind: 'process',
      id: '3.6',
      label: 'Sync HubSpot to Salesforce',
      performedBy: 'HubSpot Salesforce connector',
      description: "Carries HubSpot's contacts and companies, with Nessy's plan and subscription data, into Salesforce.",
    },
    nessy,
    stripe,
    hubSpot,
    salesforce,
  ],
  flows: [
    { id: 'F1', from: 'E4', to: '3.1', data: 'sign-up (name, email, company)' },
    { id: 'F2', from: '3.1', to: 'D4', data: 'organizations and owners' },
    { id: 'F3', from: '3.1', to: '3.3', data: 'new organization' },
    { id: 'F4', from: 'E4', to: '3.2', data: 'invitations and joins' },
    { id: 'F5', from: '3.2', to: 'D4', data: 'memberships (one or more organizations)' },
    { id: 'F6', from: 'E4', to: '3.3', data: 'plan choice' },
    { id: 'F7', from: '3.3', to: 'D4', data: 'organization plan (default: free legacy)' },
    { id: 'F8', from: 'D4', to: '3.4', data: 'organization plans' },
    { id: 'F9', from: 'E4', to: '3.4', data: 'API usage' },
    { id: 'F10', from: '3.4', to: 'E5', data: 'subscriptions and metered usage' },
    { id: 'F11', from: 'E5', to: '3.4', data: 'invoices, payments, subscription status' },
    { id: 'F12', from: '3.4', to: 'D4', data: 'subscription records (plan, overages)' },
    { id: 'F13', from: 'D4', to: '3.5', data: 'organizations, members, subscriptions' },
    { id: 'F14', from: '3.5', to: 'D3', data: 'contact, company and subscription properties' },
    { id: 'F15', from: 'D3', to: '3.6', data: 'contacts and companies with product data' },
    { id: 'F16', from: '3.6', to: 'D1', data: 'accounts and contacts with plan and subscription' },
  ],
};
