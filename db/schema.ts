import { relations, sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

// Conventions, chosen so the same schema ports to PostgreSQL:
// - dates are ISO 'YYYY-MM-DD' text; a date known only to the month or year is stored as its
//   first day with a precision column beside it, so ranges and sorting stay plain comparisons;
// - NULL means "the source does not state it", never zero or a guess;
// - editable records carry `version` (optimistic locking) and `archived_at` (no hard delete).

export const subregions = ['north_america', 'central_america', 'caribbean', 'south_america'] as const;
export const pillars = ['democracy', 'human_rights', 'integral_development', 'multidimensional_security'] as const;
export const donorKinds = ['member_state', 'permanent_observer', 'multilateral', 'other'] as const;
export const eventKinds = ['training_course', 'workshop', 'meeting', 'assessment_mission'] as const;
/** Event kinds whose participants count as "people trained". */
export const trainingEventKinds = ['training_course', 'workshop'] as const;
export const modalities = ['on_site', 'virtual'] as const;
export const datePrecisions = ['day', 'month', 'year'] as const;
export const roles = ['admin', 'editor', 'viewer', 'donor'] as const;

export type Subregion = (typeof subregions)[number];
export type Pillar = (typeof pillars)[number];
export type DonorKind = (typeof donorKinds)[number];
export type EventKind = (typeof eventKinds)[number];
export type Modality = (typeof modalities)[number];
export type DatePrecision = (typeof datePrecisions)[number];
export type Role = (typeof roles)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`CURRENT_TIMESTAMP`),
  updatedAt: text('updated_at').notNull().default(sql`CURRENT_TIMESTAMP`),
};

const editable = {
  version: integer('version').notNull().default(1),
  archivedAt: text('archived_at'),
  ...timestamps,
};

/** Where a seeded record came from, and how an unclear source was read. */
const provenance = {
  sources: text('sources'),
  notes: text('notes'),
};

export const memberStates = sqliteTable(
  'member_states',
  {
    code: text('code').primaryKey(), // ISO 3166-1 alpha-2
    iso3: text('iso3').notNull().unique(),
    nameEn: text('name_en').notNull().unique(),
    nameEs: text('name_es').notNull().unique(),
    subregion: text('subregion', { enum: subregions }).notNull(),
  },
  (t) => [
    check('member_states_code_format', sql`length(${t.code}) = 2`),
    check('member_states_subregion', sql`${t.subregion} in (${inList(subregions)})`),
  ],
);

export const orgUnits = sqliteTable('org_units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  code: text('code').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameEs: text('name_es').notNull(),
});

export const sectors = sqliteTable('sectors', {
  code: text('code').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameEs: text('name_es').notNull(),
});

export const donors = sqliteTable(
  'donors',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    nameEs: text('name_es'),
    kind: text('kind', { enum: donorKinds }).notNull(),
    countryCode: text('country_code'), // any country, not only member states (e.g. Spain)
    ...editable,
  },
  (t) => [
    uniqueIndex('donors_name_unique').on(t.name),
    check('donors_kind', sql`${t.kind} in (${inList(donorKinds)})`),
  ],
);

export const programs = sqliteTable(
  'programs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    pillar: text('pillar', { enum: pillars }),
    summary: text('summary'),
    objectives: text('objectives'),
    url: text('url'),
    /** The OECD DAC 5-digit purpose code the program's activities report under in IATI. */
    dacSector: text('dac_sector'),
    ...provenance,
    ...editable,
  },
  (t) => [
    uniqueIndex('programs_name_unique').on(t.name),
    index('programs_unit_idx').on(t.unitId),
    check('programs_pillar', sql`${t.pillar} is null or ${t.pillar} in (${inList(pillars)})`),
  ],
);

export const activities = sqliteTable(
  'activities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    name: text('name').notNull(),
    commencementDate: text('commencement_date'),
    commencementPrecision: text('commencement_precision', { enum: datePrecisions }),
    completionDate: text('completion_date'),
    completionPrecision: text('completion_precision', { enum: datePrecisions }),
    isOngoing: integer('is_ongoing', { mode: 'boolean' }).notNull().default(false),
    targetBeneficiaries: text('target_beneficiaries'),
    summary: text('summary'),
    objectives: text('objectives'),
    results: text('results'),
    additionalInfoUrl: text('additional_info_url'),
    ...provenance,
    ...editable,
  },
  (t) => [
    // By program, with what a search reads: a name search scans this narrow index, not the rows.
    index('activities_program_name_idx').on(t.programId, t.archivedAt, sql`lower(${t.name})`),
    // The default order (live activities, latest first, then by id) and the counts by status read
    // this narrow index in order instead of sorting the wide rows.
    index('activities_archived_dates_idx').on(t.archivedAt, t.commencementDate, t.id, t.completionDate, t.isOngoing),
    index('activities_commencement_idx').on(t.commencementDate),
    // Sorted by name, the activities table and the events table (by their activity's name) read
    // activities in this order and stop at the page.
    index('activities_name_idx').on(t.name),
    check(
      'activities_completion_after_commencement',
      sql`${t.completionDate} is null or ${t.commencementDate} is null or ${t.completionDate} >= ${t.commencementDate}`,
    ),
    check('activities_ongoing_has_no_completion', sql`not (${t.isOngoing} = 1 and ${t.completionDate} is not null)`),
    check(
      'activities_precision_with_date',
      sql`(${t.commencementDate} is null) = (${t.commencementPrecision} is null) and (${t.completionDate} is null) = (${t.completionPrecision} is null)`,
    ),
  ],
);

export const activityCountries = sqliteTable(
  'activity_countries',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    countryCode: text('country_code')
      .notNull()
      .references(() => memberStates.code),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.countryCode] }), index('activity_countries_country_idx').on(t.countryCode)],
);

export const activityDonors = sqliteTable(
  'activity_donors',
  {
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    donorId: integer('donor_id')
      .notNull()
      .references(() => donors.id),
    amount: real('amount'),
    currency: text('currency'), // ISO 4217
  },
  (t) => [
    primaryKey({ columns: [t.activityId, t.donorId] }),
    index('activity_donors_donor_idx').on(t.donorId),
    check('activity_donors_amount', sql`${t.amount} is null or ${t.amount} >= 0`),
    check('activity_donors_currency', sql`(${t.amount} is null) or (${t.currency} is not null and length(${t.currency}) = 3)`),
  ],
);

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id),
    kind: text('kind', { enum: eventKinds }).notNull(),
    title: text('title').notNull(),
    countryCode: text('country_code').references(() => memberStates.code),
    startDate: text('start_date'),
    startPrecision: text('start_precision', { enum: datePrecisions }),
    endDate: text('end_date'),
    endPrecision: text('end_precision', { enum: datePrecisions }),
    venue: text('venue'),
    modality: text('modality', { enum: modalities }),
    // Participants: the total is always their sum and is never stored.
    women: integer('women'),
    men: integer('men'),
    notDisaggregated: integer('not_disaggregated'),
    isApproximate: integer('is_approximate', { mode: 'boolean' }).notNull().default(false),
    ...provenance,
    ...editable,
  },
  (t) => [
    // An activity's live events by date: a donor's search by activity name reads its matching
    // activities' events here and sorts them without reading an event row (db/queries/events.ts).
    index('events_activity_idx').on(t.activityId, t.archivedAt, t.startDate),
    // Covers the per-activity counts and participant sums of the tables and the dashboard, so
    // they read the index alone instead of a million event rows (measured by `npm run bench`).
    // With the date, it also covers a donor's events sorted by a participant column, read by
    // activity: its last page by total, 48 → 21 ms of SQL at scale (db/queries/events.ts).
    index('events_activity_participants_idx').on(t.activityId, t.archivedAt, t.kind, t.women, t.men, t.notDisaggregated, t.startDate),
    // A country's events newest first (its profile) read this index in order, and stop at the page.
    index('events_country_idx').on(t.countryCode, t.startDate),
    index('events_country_kind_start_idx').on(t.countryCode, t.kind, t.startDate),
    // Each sort of the events table walks an index on (its column, start date) and stops at the
    // page: ties are ordered by date (db/queries/events.ts). The same indexes serve a filter on the
    // column with the default order, newest first. The total is the same expression as
    // db/participants.ts eventTotal.
    index('events_start_idx').on(t.startDate),
    index('events_kind_start_idx').on(t.kind, t.startDate),
    index('events_title_start_idx').on(t.title, t.startDate),
    index('events_modality_start_idx').on(t.modality, t.startDate),
    index('events_women_start_idx').on(t.women, t.startDate),
    index('events_men_start_idx').on(t.men, t.startDate),
    index('events_not_disaggregated_start_idx').on(t.notDisaggregated, t.startDate),
    index('events_total_start_idx').on(sql`(coalesce(${t.women}, 0) + coalesce(${t.men}, 0) + coalesce(${t.notDisaggregated}, 0))`, t.startDate),
    check('events_kind', sql`${t.kind} in (${inList(eventKinds)})`),
    check('events_modality', sql`${t.modality} is null or ${t.modality} in (${inList(modalities)})`),
    check('events_women', sql`${t.women} is null or ${t.women} >= 0`),
    check('events_men', sql`${t.men} is null or ${t.men} >= 0`),
    check('events_not_disaggregated', sql`${t.notDisaggregated} is null or ${t.notDisaggregated} >= 0`),
    check('events_end_after_start', sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`),
    check(
      'events_precision_with_date',
      sql`(${t.startDate} is null) = (${t.startPrecision} is null) and (${t.endDate} is null) = (${t.endPrecision} is null)`,
    ),
  ],
);

export const eventSectors = sqliteTable(
  'event_sectors',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sectorCode: text('sector_code')
      .notNull()
      .references(() => sectors.code),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.sectorCode] })],
);

/**
 * Participant figures summed over events, stored so that a million events need not be summed on
 * every read. Derived data only: db/event-figures.ts rewrites them in the same transaction as
 * every write that changes them, and can rebuild them from the events at any time.
 */
const participantFigures = {
  trainedWomen: integer('trained_women').notNull().default(0),
  trainedMen: integer('trained_men').notNull().default(0),
  trainedNotDisaggregated: integer('trained_not_disaggregated').notNull().default(0),
  trainedTotal: integer('trained_total').notNull().default(0),
  /** Women, and women plus men, at training events where both are stated: the share of women. */
  genderRecordedWomen: integer('gender_recorded_women').notNull().default(0),
  genderRecordedBase: integer('gender_recorded_base').notNull().default(0),
  meetingParticipants: integer('meeting_participants').notNull().default(0),
};

/** Each activity's figures over its live events, and its names to sort by (one row per activity, archived or not). */
export const activityFigures = sqliteTable(
  'activity_figures',
  {
    activityId: integer('activity_id')
      .primaryKey()
      .references(() => activities.id, { onDelete: 'cascade' }),
    ...participantFigures,
    /**
     * The first of its countries' English names and of its donors' names, alphabetically (NULL
     * with none): what the activities table sorts those columns by, walking their indexes.
     */
    firstCountryName: text('first_country_name'),
    firstDonorName: text('first_donor_name'),
  },
  (t) => [
    index('activity_figures_trained_idx').on(t.trainedTotal),
    // The share of women, in percent: the same expression as db/queries/activities.ts shareOfWomenPercent.
    index('activity_figures_share_of_women_idx').on(
      sql`(case when ${t.genderRecordedBase} > 0 then 100.0 * ${t.genderRecordedWomen} / ${t.genderRecordedBase} end)`,
    ),
    index('activity_figures_first_country_idx').on(t.firstCountryName),
    index('activity_figures_first_donor_idx').on(t.firstDonorName),
  ],
);

/**
 * The live events of live activities summed by program, country (where the event took place)
 * and year (of its start): the dashboard's figures for staff, whatever they filter by program,
 * unit, country, subregion or whole years. A NULL country or year is "not stated".
 */
export const eventRollups = sqliteTable(
  'event_rollups',
  {
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    countryCode: text('country_code'),
    year: text('year'),
    ...participantFigures,
  },
  (t) => [
    index('event_rollups_program_idx').on(t.programId),
    // Sums by country and year read this index in group order, with every figure in it: no sort
    // and no lookup of the rows.
    index('event_rollups_place_idx').on(
      t.countryCode,
      t.year,
      t.trainedWomen,
      t.trainedMen,
      t.trainedNotDisaggregated,
      t.trainedTotal,
      t.genderRecordedWomen,
      t.genderRecordedBase,
      t.meetingParticipants,
    ),
  ],
);

/**
 * The same sums for each donor, over the activities it funds: a donor's dashboard, or staff's
 * filtered by a donor. An activity with two donors counts for each; its program's rows are
 * rewritten with event_rollups, so a change of funding is in them too.
 */
export const donorEventRollups = sqliteTable(
  'donor_event_rollups',
  {
    donorId: integer('donor_id')
      .notNull()
      .references(() => donors.id),
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    countryCode: text('country_code'),
    year: text('year'),
    ...participantFigures,
  },
  (t) => {
    const figures = [t.trainedWomen, t.trainedMen, t.trainedNotDisaggregated, t.trainedTotal, t.genderRecordedWomen, t.genderRecordedBase, t.meetingParticipants] as const;
    // One donor's sums by place and by program read these in group order with every figure in
    // them (a busy donor has thousands of rows); the program index serves the rewrites.
    return [
      index('donor_event_rollups_place_idx').on(t.donorId, t.countryCode, t.year, ...figures),
      index('donor_event_rollups_donor_program_idx').on(t.donorId, t.programId, ...figures),
      index('donor_event_rollups_program_idx').on(t.programId),
    ];
  },
);

/**
 * Each donor's figures over the live activities it funds (one row per donor, archived or not):
 * the donors table reads them instead of joining every funding link to its activity.
 */
export const donorFigures = sqliteTable('donor_figures', {
  donorId: integer('donor_id')
    .primaryKey()
    .references(() => donors.id, { onDelete: 'cascade' }),
  activities: integer('activities').notNull(),
  countries: integer('countries').notNull(),
  /** The sum of the amounts stated; null when none is. */
  amount: real('amount'),
  /** The currency of the amounts, or null when they are in none or in more than one. */
  currency: text('currency'),
});

/** Live activities counted by program and country (an activity counts once in each of its countries). */
export const activityCountryRollups = sqliteTable(
  'activity_country_rollups',
  {
    programId: integer('program_id')
      .notNull()
      .references(() => programs.id),
    countryCode: text('country_code')
      .notNull()
      .references(() => memberStates.code),
    activities: integer('activities').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.countryCode] }), index('activity_country_rollups_country_idx').on(t.countryCode)],
);

export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => activities.id),
    name: text('name').notNull(),
    target: real('target').notNull(),
    ...provenance,
    ...editable,
  },
  (t) => [
    index('indicators_activity_idx').on(t.activityId),
    uniqueIndex('indicators_activity_name_unique').on(t.activityId, t.name),
    check('indicators_target', sql`${t.target} > 0`),
  ],
);

/** Events whose participants count toward an indicator. */
export const indicatorEvents = sqliteTable(
  'indicator_events',
  {
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.eventId] }), index('indicator_events_event_idx').on(t.eventId)],
);

/** Values measured directly (e.g. "units structured"), each with its date. */
export const indicatorMeasurements = sqliteTable(
  'indicator_measurements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    value: real('value').notNull(),
    measuredOn: text('measured_on').notNull(),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('indicator_measurements_indicator_idx').on(t.indicatorId, t.measuredOn),
    check('indicator_measurements_value', sql`${t.value} >= 0`),
  ],
);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(), // stored lower-case
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: roles }).notNull(),
    donorId: integer('donor_id').references(() => donors.id),
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    lastSignInAt: text('last_sign_in_at'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    check('users_role', sql`${t.role} in (${inList(roles)})`),
    // A donor account is linked to exactly one donor; no other role is.
    check(
      'users_donor_link',
      sql`(${t.role} = 'donor' and ${t.donorId} is not null) or (${t.role} <> 'donor' and ${t.donorId} is null)`,
    ),
  ],
);

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id), // null: a system script (seed, CLI)
    occurredAt: text('occurred_at').notNull().default(sql`CURRENT_TIMESTAMP`),
    action: text('action').notNull(), // create, update, archive, restore, sign_in, ...
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before'), // JSON
    after: text('after'), // JSON
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_occurred_idx').on(t.occurredAt),
  ],
);

export const importBatchStatuses = ['open', 'done', 'discarded'] as const;
export const importProposalStatuses = ['pending', 'accepted', 'merged', 'rejected'] as const;
export type ImportBatchStatus = (typeof importBatchStatuses)[number];
export type ImportProposalStatus = (typeof importProposalStatuses)[number];

/** An uploaded report: its text is kept so the review shows each value beside its lines. */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    sourceKind: text('source_kind', { enum: ['pdf', 'text'] }).notNull(),
    sourceText: text('source_text').notNull(),
    uploadedBy: integer('uploaded_by')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: importBatchStatuses }).notNull().default('open'),
    ...timestamps,
  },
  (t) => [
    index('import_batches_status_idx').on(t.status, t.createdAt),
    check('import_batches_status', sql`${t.status} in (${inList(importBatchStatuses)})`),
  ],
);

/** A record the parser proposed; nothing of it is in the data until an editor accepts it. */
export const importProposals = sqliteTable(
  'import_proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    proposal: text('proposal').notNull(), // JSON: the parser's record, sources and confidence included
    decisions: text('decisions').notNull().default('{}'), // JSON: per field accept / reject / correct
    status: text('status', { enum: importProposalStatuses }).notNull().default('pending'),
    activityId: integer('activity_id').references(() => activities.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('import_proposals_position_unique').on(t.batchId, t.position),
    check('import_proposals_status', sql`${t.status} in (${inList(importProposalStatuses)})`),
  ],
);

/**
 * Personal access tokens of the read API. Only the SHA-256 of the secret is kept; the prefix
 * lets the owner tell tokens apart. A token acts as its owner, read-only.
 */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    secretHash: text('secret_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: text('created_at').notNull().default(sql`CURRENT_TIMESTAMP`),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_secret_hash_unique').on(t.secretHash), index('api_tokens_user_idx').on(t.userId)],
);

export const programsRelations = relations(programs, ({ one, many }) => ({
  unit: one(orgUnits, { fields: [programs.unitId], references: [orgUnits.id] }),
  activities: many(activities),
}));

export const activitiesRelations = relations(activities, ({ one, many }) => ({
  program: one(programs, { fields: [activities.programId], references: [programs.id] }),
  countries: many(activityCountries),
  donors: many(activityDonors),
  events: many(events),
  indicators: many(indicators),
}));

export const activityCountriesRelations = relations(activityCountries, ({ one }) => ({
  activity: one(activities, { fields: [activityCountries.activityId], references: [activities.id] }),
  country: one(memberStates, { fields: [activityCountries.countryCode], references: [memberStates.code] }),
}));

export const activityDonorsRelations = relations(activityDonors, ({ one }) => ({
  activity: one(activities, { fields: [activityDonors.activityId], references: [activities.id] }),
  donor: one(donors, { fields: [activityDonors.donorId], references: [donors.id] }),
}));

export const eventsRelations = relations(events, ({ one, many }) => ({
  activity: one(activities, { fields: [events.activityId], references: [activities.id] }),
  country: one(memberStates, { fields: [events.countryCode], references: [memberStates.code] }),
  sectors: many(eventSectors),
}));

export const eventSectorsRelations = relations(eventSectors, ({ one }) => ({
  event: one(events, { fields: [eventSectors.eventId], references: [events.id] }),
  sector: one(sectors, { fields: [eventSectors.sectorCode], references: [sectors.code] }),
}));

export const indicatorsRelations = relations(indicators, ({ one, many }) => ({
  activity: one(activities, { fields: [indicators.activityId], references: [activities.id] }),
  events: many(indicatorEvents),
  measurements: many(indicatorMeasurements),
}));

export const usersRelations = relations(users, ({ one }) => ({
  donor: one(donors, { fields: [users.donorId], references: [donors.id] }),
}));

export type MemberState = typeof memberStates.$inferSelect;
export type Donor = typeof donors.$inferSelect;
export type Program = typeof programs.$inferSelect;
export type Activity = typeof activities.$inferSelect;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type Indicator = typeof indicators.$inferSelect;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
