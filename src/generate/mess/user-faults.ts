/**
 * The catalogue of deliberate faults in users.csv: white space, e-mail problems,
 * missing ids, malformed rows, duplicates and corrections. Rows the contract rejects
 * only hit customers without subscriptions, so rejections do not cascade by accident.
 */
import type { Customer } from '../customers.ts';
import type { Random } from '../random.ts';
import type { Emission, Fault } from './fault-plan.ts';

/** users.csv columns, in the contract's order; `signup_source` is the unknown extra column. */
export const USER_COLUMNS = ['customer_id', 'customer_name', 'customer_email'] as const;
const [ID, NAME, EMAIL] = [0, 1, 2];

/** A customer and whether anything references it. */
export interface UserRow {
  customer: Customer;
  hasSubscriptions: boolean;
}

const set = (
  kind: string,
  effect: Fault<UserRow>['effect'],
  apply: (row: UserRow, e: Emission, r: Random) => void,
  eligible?: (row: UserRow) => boolean,
): Fault<UserRow> => ({ kind, effect, apply, eligible, rare: eligible !== undefined });

const unreferenced = (row: UserRow): boolean => !row.hasSubscriptions;
const [localOf, domainOf] = [(email: string) => email.split('@')[0], (email: string) => email.split('@')[1]];

/** Field texts with nothing that needs quoting, for hand-built broken lines. */
const bare = (cells: string[]): string[] => cells.map((cell) => cell.replace(/[",\r\n]/g, ' '));

/** The users.csv fault catalogue, each to fire at least once. */
export const USER_FAULTS: readonly Fault<UserRow>[] = [
  set('name:padded', 'loaded', ({ customer }, e) => (e.cells[NAME] = `  ${customer.name} `)),
  set('name:nbsp', 'loaded', ({ customer }, e) => (e.cells[NAME] = `${customer.name.replace(' ', '\u00a0')}\u00a0`)),
  set('name:tab_inside', 'loaded', ({ customer }, e) => (e.cells[NAME] = customer.name.replace(' ', '\t'))),
  set('name:double_space', 'loaded', ({ customer }, e) => (e.cells[NAME] = customer.name.replaceAll(' ', '  '))),
  set('name:ideographic_space', 'loaded', ({ customer }, e) => (e.cells[NAME] = customer.name.replace(' ', '\u3000'))),
  set('name:empty', 'loaded', (_row, e) => (e.cells[NAME] = '')),
  set('email:upper_case', 'loaded', ({ customer }, e) => (e.cells[EMAIL] = customer.email.toUpperCase())),
  set('email:mixed_case_padded', 'loaded', ({ customer }, e) => (e.cells[EMAIL] = ` ${localOf(customer.email)}@${domainOf(customer.email).toUpperCase()} `)),
  set('email:empty', 'loaded', (_row, e) => (e.cells[EMAIL] = '')),
  set('invalid_email:no_at', 'warning', ({ customer }, e) => (e.cells[EMAIL] = customer.email.replace('@', ' at '))),
  set('invalid_email:two_at', 'warning', ({ customer }, e) => (e.cells[EMAIL] = customer.email.replace('@', '@@'))),
  set('invalid_email:empty_local_part', 'warning', ({ customer }, e) => (e.cells[EMAIL] = `@${domainOf(customer.email)}`)),
  set('invalid_email:domain_without_dot', 'warning', ({ customer }, e) => (e.cells[EMAIL] = `${localOf(customer.email)}@localhost`)),
  set('invalid_email:space_in_domain', 'warning', ({ customer: { email } }, e) => (e.cells[EMAIL] = `${localOf(email)}@${domainOf(email).replace('.', ' .')}`)),
  set('id:padded', 'loaded', ({ customer }, e) => (e.cells[ID] = ` ${customer.id} `)),
  set('missing_id:empty', 'rejected', (_row, e) => (e.cells[ID] = ''), unreferenced),
  set('missing_id:white_space', 'rejected', (_row, e) => (e.cells[ID] = '\t '), unreferenced),
  // An unquoted comma inside the name: one field too many.
  set('bad_row:unquoted_comma', 'rejected', ({ customer }, e) => {
    const fields = bare(e.cells);
    fields[NAME] = `${fields[NAME].trim()}, Ltd`;
    e.raw = fields;
  }, unreferenced),
  set('bad_row:too_few_fields', 'rejected', (_row, e) => (e.raw = bare(e.cells).slice(0, -1)), unreferenced),
  set('duplicate:exact', 'extra', (_row, e, r) => e.later.push({ after: r.int(0, 20), cells: [...e.cells] })),
  set('duplicate:same_after_field_rules', 'extra', ({ customer }, e, r) => {
    const copy = [...e.cells];
    copy[NAME] = ` ${customer.name.replaceAll(' ', '   ')}`;
    copy[EMAIL] = customer.email.toUpperCase();
    e.later.push({ after: r.int(0, 20), cells: copy });
  }),
  // The customer changed its billing e-mail: the later row wins.
  set('superseded:new_email', 'extra', ({ customer }, e, r) => {
    const copy = [...e.cells];
    copy[EMAIL] = `finance@${domainOf(customer.email)}`;
    if (copy[EMAIL] === e.cells[EMAIL]) copy[EMAIL] = `billing@${domainOf(customer.email)}`;
    e.later.push({ after: r.int(1, 20), cells: copy });
  }),
  set('blank_line', 'extra', (_row, e) => (e.blankBefore = true)),
];
