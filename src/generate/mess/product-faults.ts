/**
 * The catalogue of deliberate faults in products.csv: category, interval and status
 * aliases and unknowns, amount shapes, missing ids, orphans, malformed rows, duplicates
 * and corrections. A rejected subscription orphans its payments, which is how the
 * contract's quarantined revenue arises in real exports.
 */
import type { Random } from '../random.ts';
import type { Subscription } from '../subscriptions.ts';
import { ACCEPTED_AMOUNT_SHAPES, BAD_AMOUNT_SHAPES, toAmountText } from './amount-shapes.ts';
import type { Emission, Fault } from './fault-plan.ts';

/** products.csv columns, in the contract's order. */
export const PRODUCT_COLUMNS = [
  'subscription_id', 'customer_id', 'plan_id', 'plan_name', 'product_category', 'billing_interval', 'contract_amount', 'billing_status',
] as const;
const [ID, CUSTOMER, , PLAN_NAME, CATEGORY, INTERVAL, AMOUNT, STATUS] = [0, 1, 2, 3, 4, 5, 6, 7];

/** The clean cells of a subscription. */
export const toProductCells = (s: Subscription): string[] => [
  s.id, s.customer.id, s.planId, s.planName, s.plan.category, s.interval, toAmountText(s.contractCents), s.status,
];

const set = (
  kind: string,
  effect: Fault<Subscription>['effect'],
  apply: (s: Subscription, e: Emission, r: Random) => void,
  eligible?: (s: Subscription) => boolean,
): Fault<Subscription> => ({ kind, effect, apply, eligible, rare: eligible !== undefined });

const category = (name: string) => (s: Subscription) => s.plan.category === name;
const interval = (name: string) => (s: Subscription) => s.interval === name;
/** Field texts with nothing that needs quoting, for hand-built broken lines. */
const bare = (cells: string[]): string[] => cells.map((cell) => cell.replace(/[",\r\n]/g, ' '));

/**
 * Builds the products fault catalogue.
 *
 * @param unknownCustomerId a well-formed customer id that is in no file
 * @returns the faults, each to fire at least once
 * @example
 * createProductFaults('C09999').map((f) => f.kind); // ['category:lower_case', …]
 */
export function createProductFaults(unknownCustomerId: string): Fault<Subscription>[] {
  const alias = (kind: string, text: string, name: string) =>
    set(`category:${kind}`, 'loaded', (_s, e) => (e.cells[CATEGORY] = text), category(name));
  const intervalAlias = (text: string, name: string) =>
    set(`interval:alias_${text}`, 'loaded', (_s, e) => (e.cells[INTERVAL] = text), interval(name));
  const amount = (name: string, shape = ACCEPTED_AMOUNT_SHAPES[name]) =>
    set(`amount:${name}`, 'loaded', (s, e) => (e.cells[AMOUNT] = shape.write(s.contractCents, 'USD')), (s) => shape.fits(s.contractCents));
  return [
    set('category:lower_case', 'loaded', (s, e) => (e.cells[CATEGORY] = s.plan.category.toLowerCase())),
    set('category:upper_case', 'loaded', (s, e) => (e.cells[CATEGORY] = s.plan.category.toUpperCase())),
    set('category:padded', 'loaded', (s, e) => (e.cells[CATEGORY] = ` ${s.plan.category}  `)),
    alias('alias_chat_messaging', 'Chat Messaging', 'Chat'),
    alias('alias_activity_feeds', 'Activity Feeds', 'Feeds'),
    alias('alias_video_ampersand_audio', 'Video & Audio', 'Video'),
    alias('alias_video_and_audio', 'Video and Audio', 'Video'),
    alias('alias_case_variant', 'activity FEEDS', 'Feeds'),
    set('unknown_category:legacy_bundle', 'warning', (_s, e) => (e.cells[CATEGORY] = 'Legacy Bundle')),
    set('unknown_category:empty', 'warning', (_s, e) => (e.cells[CATEGORY] = '')),
    intervalAlias('month', 'monthly'),
    intervalAlias('mo', 'monthly'),
    intervalAlias('yearly', 'annual'),
    intervalAlias('year', 'annual'),
    intervalAlias('annually', 'annual'),
    set('interval:upper_case', 'loaded', (s, e) => (e.cells[INTERVAL] = s.interval.toUpperCase())),
    set('unknown_interval:quarterly', 'warning', (_s, e) => (e.cells[INTERVAL] = 'quarterly')),
    set('unknown_interval:empty', 'warning', (_s, e) => (e.cells[INTERVAL] = '')),
    set('status:alias_cancelled', 'loaded', (_s, e) => (e.cells[STATUS] = 'cancelled'), (s) => s.status === 'canceled'),
    set('status:upper_case', 'loaded', (s, e) => (e.cells[STATUS] = s.status.toUpperCase())),
    set('status:title_case', 'loaded', (s, e) => (e.cells[STATUS] = s.status[0].toUpperCase() + s.status.slice(1))),
    set('unknown_status:paused', 'warning', (_s, e) => (e.cells[STATUS] = 'paused')),
    set('unknown_status:empty', 'warning', (_s, e) => (e.cells[STATUS] = '')),
    amount('symbol'),
    amount('symbol_space'),
    amount('symbol_grouped'),
    amount('grouped_integer'),
    amount('integer'),
    amount('half_cent'),
    set('plan_name:empty', 'loaded', (_s, e) => (e.cells[PLAN_NAME] = '')),
    set('plan_name:white_space', 'loaded', (s, e) => (e.cells[PLAN_NAME] = ` ${s.planName.replace(' ', '\t').replace(' ', '  ')}`)),
    set('id:padded', 'loaded', (s, e) => (e.cells[ID] = `${s.id}  `)),
    set('customer_id:padded', 'loaded', (s, e) => (e.cells[CUSTOMER] = ` ${s.customer.id}`)),
    set('missing_id:empty', 'rejected', (_s, e) => (e.cells[ID] = '')),
    set('bad_amount:exponent', 'rejected', (s, e) => (e.cells[AMOUNT] = BAD_AMOUNT_SHAPES.exponent.write(s.contractCents, 'USD'))),
    set('bad_amount:code_suffix', 'rejected', (s, e) => (e.cells[AMOUNT] = BAD_AMOUNT_SHAPES.code_suffix.write(s.contractCents, 'USD'))),
    set('orphan_customer:unknown', 'rejected', (_s, e) => (e.cells[CUSTOMER] = unknownCustomerId)),
    set('orphan_customer:case', 'rejected', (s, e) => (e.cells[CUSTOMER] = s.customer.id.toLowerCase())),
    set('orphan_customer:empty', 'rejected', (_s, e) => (e.cells[CUSTOMER] = '')),
    // A plan name with an unquoted comma: one field too many.
    set('bad_row:unquoted_comma', 'rejected', (s, e) => {
      const fields = bare(e.cells);
      fields[PLAN_NAME] = `${s.plan.category} ${s.plan.tier}, ${s.interval}`;
      e.raw = fields;
    }),
    set('bad_row:too_few_fields', 'rejected', (_s, e) => (e.raw = bare(e.cells).slice(0, -1))),
    set('duplicate:exact', 'extra', (_s, e, r) => e.later.push({ after: r.int(0, 20), cells: [...e.cells] })),
    set('duplicate:same_after_field_rules', 'extra', (s, e, r) => {
      const copy = [...e.cells];
      copy[STATUS] = s.status.toUpperCase();
      copy[AMOUNT] = `$${copy[AMOUNT]}`;
      e.later.push({ after: r.int(0, 20), cells: copy });
    }),
    // A later extract corrects the status: the later row wins.
    set('superseded:status_change', 'extra', (s, e, r) => {
      const copy = [...e.cells];
      copy[STATUS] = s.status === 'active' ? 'past_due' : 'active';
      e.later.push({ after: r.int(1, 20), cells: copy });
    }),
    set('blank_line', 'extra', (_s, e) => (e.blankBefore = true)),
  ];
}
