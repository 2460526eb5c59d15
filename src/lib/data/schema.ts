/**
 * The structural schema of the data format, written with valibot. It is the single definition from which
 * `data/schema.json` (for editors) is generated. Rules that need more than one item — ids that must exist
 * or be unique, end after start, safe links — live in `referential.ts`, not here.
 *
 * Each item (a company, a deal, a source…) is validated on its own, so one bad deal drops that deal only.
 */
import * as v from 'valibot';
import { DATE_PATTERN, isValidDate } from './dates.ts';
import {
  AMOUNT_KINDS,
  AMOUNT_SCOPES,
  CONFIDENCES,
  DASHES,
  DEAL_STATUSES,
  FLOWS,
  FORMAT_ID,
  VALUATION_KINDS,
} from './format.ts';

export const LIMITS = {
  idLength: 120,
  nameLength: 200,
  labelLength: 200,
  textLength: 5000,
  aliases: 50,
  sourcesPerDeal: 50,
  coParties: 100,
  maxAmount: 1e15,
  attributes: 50,
  attributeName: 100,
  attributeText: 1000,
  valuations: 200,
} as const;

export const COMPANY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const DATE_REGEX = new RegExp(DATE_PATTERN);
const COLOR_REGEX = /^#[0-9a-fA-F]{6}$/;
const COUNTRY_REGEX = /^[A-Z]{2}$/;
const CURRENCY_REGEX = /^[A-Z]{3}$/;

const companyId = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength, `should be at most ${LIMITS.idLength} characters`),
  v.regex(COMPANY_ID_PATTERN, 'should be a kebab-case id (lower-case letters, digits and single hyphens)'),
);
const itemId = v.pipe(
  v.string(),
  v.maxLength(LIMITS.idLength, `should be at most ${LIMITS.idLength} characters`),
  v.regex(ITEM_ID_PATTERN, 'should be an id of lower-case letters and digits, joined by - _ or .'),
);
const text = (max: number) =>
  v.pipe(v.string(), v.maxLength(max, `should be at most ${max.toLocaleString('en-US')} characters long`));
const name = v.pipe(text(LIMITS.nameLength), v.nonEmpty('should not be empty'));
const date = v.pipe(
  v.string(),
  v.regex(DATE_REGEX, 'should be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isValidDate, 'is not a real calendar date'),
);
const color = v.pipe(v.string(), v.regex(COLOR_REGEX, 'should be a colour written #rrggbb'));
// Links are checked (length included) by the URL gate, which drops a bad link and keeps its item.
const link = v.string();
const positive = (max: number) =>
  v.pipe(
    v.number(),
    v.finite('should be a finite number'),
    v.gtValue(0, 'should be greater than 0'),
    v.maxValue(max, `should be at most ${max.toLocaleString('en-US')}`),
  );
const money = v.pipe(
  v.number(),
  v.finite('should be a finite number'),
  v.minValue(0, 'should not be negative'),
  v.maxValue(LIMITS.maxAmount, 'is implausibly large (over 10^15)'),
);

/** A company's or deal's own fields (see attributes.ts): name → text, number or yes/no, bounded. */
export const attributesSchema = v.pipe(
  v.record(
    v.pipe(
      v.string(),
      v.nonEmpty('an attribute name should not be empty'),
      v.maxLength(
        LIMITS.attributeName,
        `an attribute name should be at most ${LIMITS.attributeName} characters`,
      ),
    ),
    v.union(
      [text(LIMITS.attributeText), v.pipe(v.number(), v.finite('should be a finite number')), v.boolean()],
      'should be text, a number or true/false',
    ),
  ),
  v.check(
    (record) => Object.keys(record).length <= LIMITS.attributes,
    `has more than ${LIMITS.attributes} attributes`,
  ),
);

export const metaSchema = v.object({
  title: name,
  description: v.optional(text(LIMITS.textLength)),
  updated: v.optional(date),
  license: v.optional(text(LIMITS.labelLength)),
  version: v.optional(text(LIMITS.labelLength)),
  correctionsUrl: v.optional(link),
});

export const categorySchema = v.object({
  id: itemId,
  label: name,
  color,
  colorDark: v.optional(color),
  description: v.optional(text(LIMITS.textLength)),
});

export const dealTypeSchema = v.object({
  id: itemId,
  label: name,
  color,
  colorDark: v.optional(color),
  flow: v.picklist(FLOWS),
  dash: v.optional(v.picklist(DASHES)),
  description: v.optional(text(LIMITS.textLength)),
});

export const sourceSchema = v.object({
  url: link,
  publisher: v.optional(text(LIMITS.labelLength)),
  title: v.optional(text(LIMITS.labelLength * 2)),
  date: v.optional(date),
  archiveUrl: v.optional(link),
  note: v.optional(text(LIMITS.textLength)),
});

/** A dated valuation or market cap of a company, with the source that states it. */
export const valuationSchema = v.object({
  date,
  usd: positive(LIMITS.maxAmount),
  kind: v.picklist(VALUATION_KINDS),
  source: sourceSchema,
});

/**
 * A company as the validator reads it: its valuations are read one by one (a bad valuation drops only itself),
 * so here they are any list; `companySchema` below describes them in full for the JSON Schema.
 */
export const companyItemSchema = v.object({
  id: companyId,
  name,
  category: itemId,
  parent: v.optional(companyId),
  aliases: v.optional(v.pipe(v.array(name), v.maxLength(LIMITS.aliases, 'has too many aliases'))),
  formerIds: v.optional(v.pipe(v.array(companyId), v.maxLength(LIMITS.aliases, 'has too many ids'))),
  country: v.optional(
    v.pipe(v.string(), v.regex(COUNTRY_REGEX, 'should be a two-letter country code such as "US"')),
  ),
  founded: v.optional(
    v.pipe(
      v.number(),
      v.integer('should be a whole year'),
      v.minValue(1600, 'should be a year after 1600'),
      v.maxValue(2100, 'should be a year before 2100'),
    ),
  ),
  url: v.optional(link),
  description: v.optional(text(LIMITS.textLength)),
  notes: v.optional(text(LIMITS.textLength)),
  attributes: v.optional(attributesSchema),
  valuations: v.optional(
    v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.valuations, 'lists too many valuations')),
  ),
});

/** A company, valuations included. */
export const companySchema = v.object({
  ...companyItemSchema.entries,
  valuations: v.optional(
    v.pipe(v.array(valuationSchema), v.maxLength(LIMITS.valuations, 'lists too many valuations')),
  ),
});

export const amountSchema = v.object({
  value: v.optional(money),
  currency: v.optional(
    v.pipe(v.string(), v.regex(CURRENCY_REGEX, 'should be a three-letter currency code such as "USD"')),
  ),
  usd: v.optional(money),
  kind: v.optional(v.picklist(AMOUNT_KINDS)),
  scope: v.optional(v.picklist(AMOUNT_SCOPES)),
  text: v.optional(text(LIMITS.labelLength * 5)),
});

export const coPartySchema = v.object({
  name,
  id: v.optional(companyId),
  role: v.optional(text(LIMITS.labelLength)),
});

export const dealSchema = v.object({
  id: itemId,
  from: companyId,
  to: companyId,
  type: itemId,
  date: v.optional(date),
  endDate: v.optional(date),
  amount: v.optional(amountSchema),
  termYears: v.optional(positive(100)),
  capacityGw: v.optional(positive(1000)),
  status: v.picklist(DEAL_STATUSES),
  confidence: v.optional(v.picklist(CONFIDENCES)),
  summary: v.optional(text(LIMITS.textLength)),
  sources: v.optional(
    v.pipe(v.array(sourceSchema), v.maxLength(LIMITS.sourcesPerDeal, 'has too many sources')),
  ),
  notes: v.optional(text(LIMITS.textLength)),
  coParties: v.optional(
    v.pipe(v.array(coPartySchema), v.maxLength(LIMITS.coParties, 'has too many co-parties')),
  ),
  overlaps: v.optional(v.pipe(v.array(itemId), v.maxLength(LIMITS.coParties, 'lists too many deals'))),
  supersededBy: v.optional(itemId),
  secondary: v.optional(v.boolean()),
  undirected: v.optional(v.boolean()),
  attributes: v.optional(attributesSchema),
});

export const storySchema = v.object({
  id: itemId,
  title: name,
  text: v.optional(text(LIMITS.textLength)),
  params: v.record(v.string(), text(500)),
  deals: v.optional(v.pipe(v.array(itemId), v.maxLength(LIMITS.coParties, 'lists too many deals'))),
});

export const eventSchema = v.object({
  date,
  label: name,
  url: v.optional(link),
});

export const pointSchema = v.tuple([
  v.pipe(v.number(), v.finite('should be a finite number')),
  v.pipe(v.number(), v.finite('should be a finite number')),
]);

/** The whole file, for the JSON Schema. The validator checks the same parts one item at a time. */
export const fileSchema = v.object({
  $schema: v.optional(v.string()),
  format: v.optional(v.literal(FORMAT_ID)),
  meta: v.optional(metaSchema),
  categories: v.optional(v.array(categorySchema)),
  dealTypes: v.optional(v.array(dealTypeSchema)),
  companies: v.pipe(v.array(companySchema), v.minLength(1, 'should list at least one company')),
  deals: v.array(dealSchema),
  layout: v.optional(v.record(companyId, pointSchema)),
  stories: v.optional(v.array(storySchema)),
  events: v.optional(v.array(eventSchema)),
});

export type CompanyInput = v.InferOutput<typeof companySchema>;
export type DealInput = v.InferOutput<typeof dealSchema>;
export type FileInput = v.InferOutput<typeof fileSchema>;
