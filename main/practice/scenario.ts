/**
 * The scenario file schema (documented in SCENARIOS.md): the fake Meta world a
 * practice server serves. Times may be relative to server start so a shipped
 * file never goes stale.
 */
import { z } from 'zod';
import { behavioursSchema } from './behaviours';

const graphId = z.string().regex(/^[0-9]{1,20}$/, 'must be a Graph id: a string of 1 to 20 digits');
const name = z.string().min(1, 'must not be empty');
const label = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');

const business = z.strictObject({
  id: graphId,
  name,
  verificationStatus: z.string().default('verified'),
  timezoneId: z.number().int().default(1),
  createdTime: z.string().optional(),
});

const sharing = z.strictObject({
  businessId: graphId,
  /** Shared through a Multi-Partner Solution. */
  multiPartner: z.boolean().default(false),
  /** The solution includes MESSAGING (full access); without it MANAGE is refused. */
  messaging: z.boolean().default(true),
  /**
   * The client edge's `permitted_tasks` for this business (graph-api.md §5.3); absent, it follows
   * `multiPartner`/`messaging`. A list without MANAGE refuses every task not on it.
   */
  permittedTasks: z.array(z.string()).min(1).optional(),
});

const waba = z.strictObject({
  id: graphId,
  name,
  ownerBusinessId: graphId,
  ownershipType: z.string().default('SELF'),
  currency: z.string().default('USD'),
  timezoneId: z.string().default('1'),
  messageTemplateNamespace: z.string(),
  accountReviewStatus: z.string().default('APPROVED'),
  sharedWith: z.array(sharing).default([]),
});

const phoneNumber = z.strictObject({
  id: graphId,
  wabaId: graphId,
  displayPhoneNumber: z.string(),
  verifiedName: z.string(),
  qualityRating: z.string().default('GREEN'),
  codeVerificationStatus: z.string().default('VERIFIED'),
  platformType: z.string().default('CLOUD_API'),
  status: z.string().default('CONNECTED'),
});

const systemUser = z.strictObject({
  id: graphId,
  name,
  /** "ADMIN" is admin; anything else (usually "EMPLOYEE") is not. */
  role: z.string(),
  businessId: graphId,
  createdTime: z.string().optional(),
});

const person = z.strictObject({
  id: graphId,
  name,
  businesses: z.array(z.strictObject({ businessId: graphId, role: z.string() })),
});

const assignment = z.strictObject({
  wabaId: graphId,
  userId: graphId,
  tasks: z.array(z.string()).min(1, 'must list at least one task'),
});

const token = z
  .strictObject({
    label,
    note: z.string(),
    value: z
      .string()
      .regex(/^EAA[A-Za-z0-9]{97,197}$/, 'must look like a Meta token: "EAA" then letters and digits, 100 to 200 characters in all'),
    subjectId: graphId,
    type: z.enum(['SYSTEM_USER', 'USER', 'PAGE', 'APP']),
    scopes: z.array(z.string()),
    granularScopes: z.array(z.strictObject({ scope: z.string(), targetIds: z.array(graphId).optional() })).optional(),
    issuedAt: z.number().int().nonnegative().optional(),
    issuedSecondsAgo: z.number().int().nonnegative().optional(),
    /** Unix seconds; 0 means never expires. */
    expiresAt: z.number().int().nonnegative().optional(),
    /** Seconds after server start (negative: already expired). */
    expiresInSeconds: z.number().int().optional(),
    dataAccessExpiresAt: z.number().int().nonnegative().optional(),
    dataAccessExpiresInSeconds: z.number().int().optional(),
  })
  .refine((t) => (t.expiresAt === undefined) !== (t.expiresInSeconds === undefined), {
    message: 'give exactly one of expiresAt (unix seconds, 0 = never) and expiresInSeconds (relative to server start)',
  })
  .refine((t) => t.issuedAt === undefined || t.issuedSecondsAgo === undefined, {
    message: 'give at most one of issuedAt and issuedSecondsAgo',
  })
  .refine((t) => t.dataAccessExpiresAt === undefined || t.dataAccessExpiresInSeconds === undefined, {
    message: 'give at most one of dataAccessExpiresAt and dataAccessExpiresInSeconds',
  });

const garbageToken = z.strictObject({ label, note: z.string(), value: z.string().min(1) });

export const scenarioSchema = z.strictObject({
  /** Schema version of this file; only 1 exists. */
  version: z.literal(1),
  name,
  description: z.string().optional(),
  app: z
    .strictObject({
      id: graphId,
      name,
      /** The app secret (fake values only): proofs are checked against it (graph-api.md §9). */
      secret: z.string().regex(/^[0-9a-f]{32}$/, 'must be 32 lower-case hex characters, like a Meta app secret').optional(),
      /** "Require App Secret" (App Dashboard → Settings → Advanced → Security): calls without a proof are refused. */
      requireAppSecret: z.boolean().default(false),
    })
    .refine((app) => !app.requireAppSecret || app.secret !== undefined, {
      message: 'requireAppSecret needs a secret',
      path: ['secret'],
    }),
  businesses: z.array(business).min(1, 'must list at least one business'),
  wabas: z.array(waba).default([]),
  phoneNumbers: z.array(phoneNumber).default([]),
  systemUsers: z.array(systemUser).default([]),
  people: z.array(person).default([]),
  assignments: z.array(assignment).default([]),
  tokens: z.array(token).min(1, 'must list at least one token'),
  garbageTokens: z.array(garbageToken).default([]),
  behaviours: behavioursSchema.optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioBusiness = Scenario['businesses'][number];
export type ScenarioWaba = Scenario['wabas'][number];
export type ScenarioPhoneNumber = Scenario['phoneNumbers'][number];
export type ScenarioSystemUser = Scenario['systemUsers'][number];
export type ScenarioPerson = Scenario['people'][number];
export type ScenarioToken = Scenario['tokens'][number];
