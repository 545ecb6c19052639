import type { Actor } from '@birge/domain';
import type { SQL } from 'drizzle-orm';

/**
 * Where an indicator's numbers come from: one kind of record in Birge, seen as "facts" of one shape so the
 * engine can filter, count, sum and disaggregate every source the same way, in one SQL statement.
 *
 * `facts` is a SQL select whose columns are exactly these, in any order:
 *   record_id       uuid          the record counted; drill-down opens it through `recordPath`
 *   label           text          what the drill-down list shows for it (a person's name, an activity's title);
 *                                 a name is shown only to those who may see the person
 *   person_id       uuid | null   the person it is about, when named ("distinct persons" counts these)
 *   organisation_id uuid | null   the organisation that did the work
 *   region_id       uuid | null   where, at any level; the engine rolls it up to the oblast
 *   occurred_on     date          the day that places it in a period
 *   sex             text | null   'female' | 'male'
 *   age_years       int | null    age on `occurred_on`, when known
 *   age_band        text | null   when only a band was recorded (counted attendance): '0-4', '5-17', '18-29', '30-59', '60+'
 *   disability      text | null   the Washington Group identifier: 'yes' | 'no' | 'undetermined'
 *   programme_id    uuid | null
 *   activity_type   text | null
 *   tags            text[]        '{}' when none
 *   weight          numeric       how many it counts for: 1 for a record, n for a row of counted attendance
 *   amount          numeric|null  the one summable field of the source (hours, kilograms, som), null where none
 *   attributes      jsonb         the source's own fields to filter on, e.g. {"outcome": "prevented"}
 */
export type IndicatorSource = {
  /** `module.what`, e.g. `persons.registered`, `attendance.named`; web labels are `indicators.source.<key>`. */
  key: string;
  facts: () => SQL;
  /** The unit `amount` is in, when the source has one: 'hour', 'kg', 'som', ... */
  amountUnit?: string;
  /** Attributes one may filter on, each with its allowed values, or 'text' for free values. */
  attributes: Record<string, readonly string[] | 'text'>;
  /** Facts about children in care: only child-protection roles may open the records behind the numbers. */
  restricted?: 'child_protection';
  /**
   * What the records behind a value are listed under when a record's facts are about several persons (an
   * activity and its attendees): an expression of the record's id. Without it a record goes by its facts' label.
   */
  recordLabel?: (recordId: SQL) => SQL;
  /** The facts name no person (activities held, kilograms produced): there is nobody to count once. */
  withoutPersons?: boolean;
  /** The attribute holding each fact's unit, where the amounts come in several: a sum adds one unit at a time. */
  amountUnitFrom?: string;
  /**
   * Where one record opens in the web app; records shown on their person's page need `personId`, records shown on
   * another record's page (a fair's registration on the fair's) the `linkId` that `recordLink` finds.
   */
  recordPath: (recordId: string, personId: string | null, linkId: string | null) => string;
  /** The id of the record whose page shows this one, from its `record_id`: looked up only for the records listed. */
  recordLink?: (recordId: SQL) => SQL;
  /**
   * Which facts' records the actor may open, as a condition on the fact columns (the facts are aliased `f`).
   * A record about a person opens only to those who may see the person, whatever this says; without it, any
   * other record opens to members of its organisation.
   */
  openableBy?: (actor: Actor) => SQL;
};
