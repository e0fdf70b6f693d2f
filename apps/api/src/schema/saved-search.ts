// Saved searches (issue 13): a named StatementFilter with an Atom feed and an optional webhook. Writes need the
// bearer token, like ingest; so do the fields that are credentials (the feed key, the webhook).
import { builder } from "../builder.ts";
import type { ApiContext } from "../context.ts";
import { badInput, notFound, unauthenticated } from "../errors.ts";
import { countStoredSince, newestStatementId } from "../lib/alerts/matching.ts";
import { filterFromJson, filterToJson, newFeedKey } from "../lib/alerts/stored-filter.ts";
import { filterToParams } from "../lib/alerts/view-params.ts";
import { checkWebhookUrl } from "../lib/alerts/webhook-url.ts";
import { parseLocalId } from "../lib/ids.ts";
import type { StatementFilterInput } from "../lib/statement-filter.ts";
import { StatementKindEnum } from "./enums.ts";
import { filterFor } from "./filter-for.ts";
import { Statement } from "./statement.ts";
import { resolveStatementConnection, StatementConnection } from "./statement-connection.ts";
import { StatementFilter } from "./statement-filter.ts";

const MAX_NAME = 200;

function requireWrite(ctx: ApiContext): void {
  if (!ctx.canWrite) throw unauthenticated(ctx.writeRefusal ?? "Needs a bearer token.");
}

const SavedFilter = builder.objectRef<StatementFilterInput>("SavedStatementFilter").implement({
  description: "The StatementFilter a saved search was saved with.",
  fields: (t) => ({
    regions: t.stringList({ nullable: true, resolve: (f) => f.regions ?? null }),
    includeMembers: t.boolean({ nullable: true, resolve: (f) => f.includeMembers ?? null }),
    countries: t.stringList({ nullable: true, resolve: (f) => f.countries ?? null }),
    speakers: t.idList({ nullable: true, resolve: (f) => f.speakers?.map(String) ?? null }),
    topics: t.stringList({ nullable: true, resolve: (f) => f.topics ?? null }),
    sources: t.stringList({ nullable: true, resolve: (f) => f.sources ?? null }),
    from: t.field({ type: "Date", nullable: true, resolve: (f) => f.from ?? null }),
    to: t.field({ type: "Date", nullable: true, resolve: (f) => f.to ?? null }),
    kind: t.field({ type: StatementKindEnum, nullable: true, resolve: (f) => f.kind ?? null }),
    dateUnknown: t.boolean({ nullable: true, resolve: (f) => f.dateUnknown ?? null }),
    search: t.string({ nullable: true, resolve: (f) => f.search ?? null }),
  }),
});

interface WebhookView { url: string; hasSecret: boolean; disabledAt: Date | null }
const Webhook = builder.objectRef<WebhookView>("Webhook").implement({
  fields: (t) => ({
    url: t.string({ resolve: (w) => w.url }),
    signed: t.boolean({ description: "Deliveries carry an X-Dictum-Signature header (HMAC-SHA256 of the body with the secret).", resolve: (w) => w.hasSecret }),
    disabledAt: t.field({ type: "DateTime", nullable: true, description: "When the receiver answered 410 Gone; nothing is sent after that.", resolve: (w) => w.disabledAt }),
  }),
});

const DeliveryStateEnum = builder.enumType("WebhookDeliveryState", { values: ["PENDING", "DELIVERED", "FAILED", "DISABLED"] as const });

builder.prismaObject("WebhookDelivery", {
  description: "One webhook POST: a batch of newly stored statements that match the saved search.",
  fields: (t) => ({
    at: t.field({ type: "DateTime", description: "The last try, or when it was queued when not tried yet.", select: { lastAttemptAt: true, createdAt: true }, resolve: (d) => d.lastAttemptAt ?? d.createdAt }),
    status: t.field({ type: DeliveryStateEnum, select: { state: true }, resolve: (d) => d.state.toUpperCase() as "PENDING" }),
    attempts: t.exposeInt("attempts"),
    nextAttemptAt: t.field({ type: "DateTime", nullable: true, select: { state: true, nextAttemptAt: true }, resolve: (d) => (d.state === "pending" ? d.nextAttemptAt : null) }),
    httpStatus: t.exposeInt("lastStatus", { nullable: true }),
    error: t.exposeString("lastError", { nullable: true }),
    statementCount: t.int({ select: { statementIds: true }, resolve: (d) => (JSON.parse(d.statementIds) as unknown[]).length }),
  }),
});

export const SavedSearch = builder.prismaNode("SavedSearch", {
  id: { field: "id" },
  fields: (t) => ({
    name: t.exposeString("name"),
    filter: t.field({ type: SavedFilter, select: { filter: true }, resolve: (s) => filterFromJson(s.filter) }),
    viewQuery: t.string({ description: "The filter as the dashboard's URL query (region=…&country=…), to open the view.", select: { filter: true }, resolve: (s) => filterToParams(filterFromJson(s.filter)).toString() }),
    feedPath: t.string({
      description: "The Atom feed's path on the API, with its key (a credential: needs the bearer token to read).",
      select: { id: true, feedKey: true },
      resolve: (s, _args, ctx) => {
        requireWrite(ctx);
        return `/feeds/${s.id}.atom?key=${s.feedKey}`;
      },
    }),
    webhook: t.field({
      type: Webhook,
      nullable: true,
      description: "Needs the bearer token.",
      select: { webhookUrl: true, webhookSecret: true, webhookDisabledAt: true },
      resolve: (s, _args, ctx) => {
        requireWrite(ctx);
        return s.webhookUrl ? { url: s.webhookUrl, hasSecret: Boolean(s.webhookSecret), disabledAt: s.webhookDisabledAt } : null;
      },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    statements: t.connection(
      {
        type: Statement,
        description: "The statements the filter matches now, newest first, as Query.statements gives them.",
        complexity: (args) => ({ field: 5, multiplier: args.first ?? args.last ?? 20 }),
        resolve: (s, args, ctx, info) => resolveStatementConnection(ctx, info, { ...args, filter: filterFromJson(s.filter) }),
      },
      StatementConnection,
    ),
    newSince: t.int({
      description: "How many matching statements were stored after lastSeen (an unread count).",
      args: { lastSeen: t.arg({ type: "DateTime", required: true }) },
      select: { filter: true },
      resolve: async (s, args, ctx) => countStoredSince(ctx.db, ctx.provider, await filterFor(ctx, filterFromJson(s.filter)), args.lastSeen),
    }),
    deliveries: t.relation("deliveries", {
      args: { first: t.arg.int({ required: false, defaultValue: 20 }) },
      description: "Webhook deliveries, newest first.",
      query: (args) => ({ orderBy: { id: "desc" }, take: Math.min(Math.max(args.first ?? 20, 0), 100) }),
    }),
  }),
});

const NotifyInput = builder.inputType("SavedSearchNotifyInput", {
  fields: (t) => ({
    webhookUrl: t.string({ required: true, description: "http(s) URL that receives POSTs of new matching statements." }),
    secret: t.string({ required: false, description: "Key for the X-Dictum-Signature header (sha256=<hex HMAC of the body>)." }),
  }),
});

const SaveSearchInput = builder.inputType("SaveSearchInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    filter: t.field({ type: StatementFilter, required: true }),
    notify: t.field({ type: NotifyInput, required: false }),
  }),
});

const UpdateSavedSearchInput = builder.inputType("UpdateSavedSearchInput", {
  fields: (t) => ({
    name: t.string({ required: false }),
    filter: t.field({ type: StatementFilter, required: false }),
    notify: t.field({ type: NotifyInput, required: false, description: "Replaces the webhook; null removes it." }),
  }),
});

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") throw badInput("name is empty.", { argument: "input.name", reason: "EMPTY_NAME" });
  if (trimmed.length > MAX_NAME) throw badInput(`name has ${trimmed.length} characters; the limit is ${MAX_NAME}.`, { argument: "input.name", reason: "NAME_TOO_LONG" });
  return trimmed;
}

/** Resolving refuses filters that cannot match (an unknown region, country or topic) with BAD_USER_INPUT. */
async function checkFilter(ctx: ApiContext, filter: StatementFilterInput): Promise<string> {
  await filterFor(ctx, filter);
  return filterToJson(filter);
}

function webhookData(ctx: ApiContext, notify: { webhookUrl: string; secret?: string | null } | null) {
  if (!notify) return { webhookUrl: null, webhookSecret: null, webhookDisabledAt: null };
  const url = checkWebhookUrl(notify.webhookUrl, ctx.alerts.allowPrivateWebhooks);
  return { webhookUrl: url.toString(), webhookSecret: notify.secret || null, webhookDisabledAt: null };
}

async function findSaved(ctx: ApiContext, id: string) {
  const saved = await ctx.db.savedSearch.findUnique({ where: { id: parseLocalId(id, "SavedSearch", "id") } });
  if (!saved) throw notFound(`No saved search with id "${id}".`);
  return saved;
}

builder.queryFields((t) => ({
  savedSearches: t.prismaField({
    type: ["SavedSearch"],
    description: "Every saved search, newest first.",
    resolve: (query, _root, _args, ctx) => ctx.db.savedSearch.findMany({ ...query, orderBy: { id: "desc" } }),
  }),
  savedSearch: t.prismaField({
    type: "SavedSearch",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const saved = await ctx.db.savedSearch.findUnique({ ...query, where: { id: parseLocalId(args.id, "SavedSearch", "id") } });
      if (!saved) throw notFound(`No saved search with id "${args.id}".`);
      return saved;
    },
  }),
}));

builder.mutationFields((t) => ({
  saveSearch: t.prismaField({
    type: "SavedSearch",
    description: "Saves a filter under a name, with an Atom feed and optionally a webhook. Needs the bearer token.",
    args: { input: t.arg({ type: SaveSearchInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      requireWrite(ctx);
      const name = checkName(input.name);
      const filter = await checkFilter(ctx, input.filter);
      const hook = webhookData(ctx, input.notify ?? null);
      // Only statements stored from now on are sent to the webhook.
      return ctx.db.savedSearch.create({ ...query, data: { name, filter, feedKey: newFeedKey(), ...hook, scannedThroughId: await newestStatementId(ctx.db) } });
    },
  }),
  updateSavedSearch: t.prismaField({
    type: "SavedSearch",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateSavedSearchInput, required: true }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      requireWrite(ctx);
      const saved = await findSaved(ctx, id);
      const data = {
        ...(input.name != null ? { name: checkName(input.name) } : {}),
        ...(input.filter != null ? { filter: await checkFilter(ctx, input.filter) } : {}),
        ...(input.notify !== undefined ? webhookData(ctx, input.notify) : {}),
      };
      return ctx.db.savedSearch.update({ ...query, where: { id: saved.id }, data });
    },
  }),
  deleteSavedSearch: t.field({
    type: "ID",
    description: "Deletes a saved search, its feed and its pending deliveries; returns its id.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      requireWrite(ctx);
      const saved = await findSaved(ctx, id);
      await ctx.db.savedSearch.delete({ where: { id: saved.id } });
      return id;
    },
  }),
}));
