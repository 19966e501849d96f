/**
 * The HTTP contract of SPEC §2 as an OpenAPI 3.1 document, generated from the zod schemas
 * of `src/domain/contract.ts` with zod's own `z.toJSONSchema` (zod/mini's, like the schemas), so a real
 * backend can be built to it.
 * `npm run openapi` (write.ts) writes it to docs/openapi.json; document.test.ts fails when that
 * file is stale. Documentation, not rules: it lives beside its script, outside the app.
 */
import { z } from '../../src/domain/zod';
import { ERROR_STATUS, type ErrorStatus } from '../../src/domain/error-codes';
import {
  ApiErrorBodySchema,
  AssetForecastSchema,
  AssetHistoryPointSchema,
  AssetListSchema,
  AssetSchema,
  BillableAssetsSchema,
  BillingModeSchema,
  CatalogSchema,
  DemoAssetsSchema,
  DemoPatchSchema,
  DemoScenarioSchema,
  DemoStateSchema,
  EditionSchema,
  ErrorCodeSchema,
  LineItemSchema,
  MarkReadResponseSchema,
  MessageKindSchema,
  MessageSchema,
  MessagesResponseSchema,
  OrderListSchema,
  OrderRequestSchema,
  OrderResultSchema,
  OrderSchema,
  OrderTypeSchema,
  OverviewResponseSchema,
  PackLineSchema,
  PackRequestSchema,
  PatchSubscriptionRequestSchema,
  QuoteSchema,
  RegionIdSchema,
  RenewRequestSchema,
  RetainedDataSchema,
  RoleSchema,
  ScenarioNameSchema,
  SessionSchema,
  StatusSchema,
  SubscriptionListSchema,
  SubscriptionSchema,
  SubscriptionViewSchema,
  TagSchema,
  UnsubscribeRequestSchema,
  UpgradeRequestSchema,
  ValiditySchema,
  CreatePurchaseRequestSchema,
  DeclinePurchaseRequestSchema,
  PurchaseRequestListSchema,
  PurchaseRequestSchema,
  PurchaseRequestStatusSchema,
  PurchaseRequestViewSchema,
  RequestableOrderSchema,
  type ErrorCode,
} from '../../src/domain/contract';
import { QUOTE_DOCUMENT_COMPONENTS, quoteDocumentPaths } from './quote-documents';

type Json = Record<string, unknown>;

/** Every schema that gets a name under components/schemas (and is referenced by $ref where used). */
const COMPONENTS = {
  RegionId: RegionIdSchema,
  Edition: EditionSchema,
  BillingMode: BillingModeSchema,
  Role: RoleSchema,
  Status: StatusSchema,
  OrderType: OrderTypeSchema,
  MessageKind: MessageKindSchema,
  ScenarioName: ScenarioNameSchema,
  Tag: TagSchema,
  Validity: ValiditySchema,
  PackLine: PackLineSchema,
  Subscription: SubscriptionSchema,
  RetainedData: RetainedDataSchema,
  BillableAssets: BillableAssetsSchema,
  SubscriptionView: SubscriptionViewSchema,
  AssetHistoryPoint: AssetHistoryPointSchema,
  AssetForecast: AssetForecastSchema,
  OverviewResponse: OverviewResponseSchema,
  SubscriptionList: SubscriptionListSchema,
  Session: SessionSchema,
  Catalog: CatalogSchema,
  Asset: AssetSchema,
  AssetList: AssetListSchema,
  RenewRequest: RenewRequestSchema,
  UpgradeRequest: UpgradeRequestSchema,
  PackRequest: PackRequestSchema,
  UnsubscribeRequest: UnsubscribeRequestSchema,
  OrderRequest: OrderRequestSchema,
  PatchSubscriptionRequest: PatchSubscriptionRequestSchema,
  LineItem: LineItemSchema,
  Quote: QuoteSchema,
  Order: OrderSchema,
  OrderResult: OrderResultSchema,
  OrderList: OrderListSchema,
  Message: MessageSchema,
  MessagesResponse: MessagesResponseSchema,
  MarkReadResponse: MarkReadResponseSchema,
  RequestableOrder: RequestableOrderSchema,
  PurchaseRequestStatus: PurchaseRequestStatusSchema,
  PurchaseRequest: PurchaseRequestSchema,
  PurchaseRequestView: PurchaseRequestViewSchema,
  PurchaseRequestList: PurchaseRequestListSchema,
  CreatePurchaseRequest: CreatePurchaseRequestSchema,
  DeclinePurchaseRequest: DeclinePurchaseRequestSchema,
  DemoState: DemoStateSchema,
  DemoPatch: DemoPatchSchema,
  DemoAssets: DemoAssetsSchema,
  DemoScenario: DemoScenarioSchema,
  ErrorCode: ErrorCodeSchema,
  ApiErrorBody: ApiErrorBodySchema,
  ...QUOTE_DOCUMENT_COMPONENTS,
} satisfies Record<string, z.ZodMiniType>;

export type ComponentName = keyof typeof COMPONENTS;

const ref = (name: ComponentName): Json => ({ $ref: `#/components/schemas/${name}` });

/** The JSON Schemas (draft 2020-12, the dialect of OpenAPI 3.1) of every component. */
function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // `$schema` and `$id` belong to standalone documents, not to components of this one
    const { $schema: _dialect, $id: _id, ...rest } = schema as Json;
    out[id] = rest;
  }
  // the order request's variants are told apart by `type`
  const orderRequest = out.OrderRequest;
  if (orderRequest) {
    orderRequest.discriminator = {
      propertyName: 'type',
      mapping: {
        renew: '#/components/schemas/RenewRequest',
        upgrade: '#/components/schemas/UpgradeRequest',
        'value-added-pack': '#/components/schemas/PackRequest',
        unsubscribe: '#/components/schemas/UnsubscribeRequest',
      },
    };
  }
  return out;
}

// ---- errors ---------------------------------------------------------------------------------

const STATUS_TEXT: Record<ErrorStatus, string> = {
  400: 'Malformed request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  409: 'State conflict',
  422: 'Rule violation',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

/** The error responses of an operation: one per status, each naming the codes it may carry. */
function errorResponses(codes: ErrorCode[]): Record<string, Json> {
  const byStatus = new Map<ErrorStatus, ErrorCode[]>();
  for (const code of new Set(codes)) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, Json> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[String(status)] = {
      description: `${STATUS_TEXT[status]}: ${list.join(', ')}`,
      content: {
        'application/json': {
          schema: {
            allOf: [
              ref('ApiErrorBody'),
              {
                type: 'object',
                properties: { error: { type: 'object', properties: { code: { enum: list } } } },
              },
            ],
          },
        },
      },
    };
  }
  return out;
}

const ok = (description: string, schema: ComponentName, status = 200): Record<string, Json> => ({
  [String(status)]: { description, content: { 'application/json': { schema: ref(schema) } } },
});
const body = (schema: ComponentName, description?: string): Json => ({
  required: true,
  ...(description ? { description } : {}),
  content: { 'application/json': { schema: ref(schema) } },
});
const regionQuery: Json = { name: 'region', in: 'query', required: true, schema: ref('RegionId') };
const idPath = (what: string): Json => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `the ${what} id`,
  schema: { type: 'string' },
});

/** Every endpoint but demo control may fail on purpose while the demo injects failures. */
/** Every endpoint: demo faults, state of another build, a defect; and the reference backend's session (SPEC §4). */
const FAULT: ErrorCode[] = [
  'SERVICE_UNAVAILABLE',
  'DEMO_DATA_NEWER',
  'INTERNAL_ERROR',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
];
/** A write that cannot be saved in the browser's storage. */
const SAVE: ErrorCode[] = ['STORAGE_UNAVAILABLE', 'INTERNAL_ERROR'];
const ORDER_RULES: ErrorCode[] = [
  'UPGRADE_REQUIRED',
  'SUBSCRIPTION_RELEASED',
  'NOT_RENEWABLE',
  'NOT_UPGRADABLE',
  'NOT_SUBSCRIBED',
  'VALIDATION_FAILED',
  'RENEWAL_CANNOT_CHANGE_QUOTA',
  'QUOTA_BELOW_ASSETS',
  'QUOTA_DECREASE_NOT_ALLOWED',
  'QUOTA_LIMIT_EXCEEDED',
  'DOWNGRADE_NOT_ALLOWED',
  'NO_CHANGE',
];

type Operation = {
  operationId: string;
  summary: string;
  tags: string[];
  description?: string;
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
};

function op(
  o: Omit<Operation, 'responses'> & { ok: Record<string, Json>; errors: ErrorCode[] },
): Operation {
  const { ok: success, errors, ...rest } = o;
  return { ...rest, responses: { ...success, ...errorResponses(errors) } };
}

function paths(): Record<string, Record<string, Operation>> {
  return {
    '/session': {
      get: op({
        operationId: 'getSession',
        summary: 'Account, role, regions and the mock clock `now`',
        tags: ['account'],
        ok: ok('The session', 'Session'),
        errors: FAULT,
      }),
    },
    '/catalog': {
      get: op({
        operationId: 'getCatalog',
        summary: 'Editions, prices, validity options, packs, limits (max quota 10 000)',
        tags: ['account'],
        ok: ok('The catalog', 'Catalog'),
        errors: FAULT,
      }),
    },
    '/overview': {
      get: op({
        operationId: 'getOverview',
        summary: "The region's subscription with derived fields and 30 days of asset history",
        tags: ['subscriptions'],
        parameters: [regionQuery],
        ok: ok('The overview of the region', 'OverviewResponse'),
        errors: ['VALIDATION_FAILED', ...FAULT],
      }),
    },
    '/subscriptions': {
      get: op({
        operationId: 'listSubscriptions',
        summary: 'One row per region (Purchased Resources), with the derived fields',
        tags: ['subscriptions'],
        ok: ok('The subscriptions', 'SubscriptionList'),
        errors: FAULT,
      }),
    },
    '/subscriptions/{id}': {
      get: op({
        operationId: 'getSubscription',
        summary: 'One subscription, with its version',
        tags: ['subscriptions'],
        parameters: [idPath('subscription')],
        ok: ok('The subscription', 'SubscriptionView'),
        errors: ['NOT_FOUND', ...FAULT],
      }),
      patch: op({
        operationId: 'patchSubscription',
        summary: 'Auto-renew (with its validity in months) and tags',
        tags: ['subscriptions'],
        parameters: [idPath('subscription')],
        requestBody: body('PatchSubscriptionRequest'),
        ok: ok('The subscription after the change', 'SubscriptionView'),
        errors: [
          'MALFORMED_JSON',
          'FORBIDDEN',
          'NOT_FOUND',
          'VERSION_CONFLICT',
          'NOT_RENEWABLE',
          'VALIDATION_FAILED',
          ...FAULT,
          ...SAVE,
        ],
      }),
    },
    '/assets': {
      get: op({
        operationId: 'listAssets',
        summary: "The region's assets (ECS instances and external servers)",
        tags: ['subscriptions'],
        parameters: [regionQuery],
        ok: ok('The assets of the region', 'AssetList'),
        errors: ['VALIDATION_FAILED', ...FAULT],
      }),
    },
    '/quotes': {
      post: op({
        operationId: 'createQuote',
        summary: 'The itemised price of an order, or the rule it breaks; changes nothing',
        tags: ['orders'],
        requestBody: body(
          'OrderRequest',
          'An order request (the disclaimer and the role are not checked for a quote)',
        ),
        ok: ok('The quote', 'Quote'),
        errors: ['MALFORMED_JSON', 'NOT_FOUND', ...ORDER_RULES, ...FAULT],
      }),
    },
    '/orders': {
      post: op({
        operationId: 'placeOrder',
        summary:
          'Place an order: renew, upgrade (a new purchase included), value-added pack, unsubscribe',
        description:
          'The same Idempotency-Key with the same body returns the first order again (200); with another body it is refused (IDEMPOTENCY_KEY_REUSED). A stale expectedVersion is refused (VERSION_CONFLICT).',
        tags: ['orders'],
        parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
        requestBody: body('OrderRequest'),
        ok: {
          ...ok('The order, paid', 'OrderResult', 201),
          ...ok('The first order of this Idempotency-Key, replayed', 'OrderResult'),
        },
        errors: [
          'MALFORMED_JSON',
          'IDEMPOTENCY_KEY_REQUIRED',
          'FORBIDDEN',
          'NOT_FOUND',
          'VERSION_CONFLICT',
          ...ORDER_RULES,
          'DISCLAIMER_NOT_ACCEPTED',
          'IDEMPOTENCY_KEY_REUSED',
          'PURCHASE_REQUEST_NOT_OPEN',
          'PURCHASE_REQUEST_MISMATCH',
          ...FAULT,
          ...SAVE,
        ],
      }),
      get: op({
        operationId: 'listOrders',
        summary: 'Order history, newest first',
        tags: ['orders'],
        ok: ok('The orders', 'OrderList'),
        errors: FAULT,
      }),
    },
    ...quoteDocumentPaths({ op, ok, body, idPath, FAULT, SAVE, ORDER_RULES }),
    '/orders/{id}': {
      get: op({
        operationId: 'getOrder',
        summary: 'One order (its receipt)',
        tags: ['orders'],
        parameters: [idPath('order')],
        ok: ok('The order', 'Order'),
        errors: ['NOT_FOUND', ...FAULT],
      }),
    },
    '/purchase-requests': {
      post: op({
        operationId: 'createPurchaseRequest',
        summary:
          "Ask the account's admins to pay for an order (issue 24); a message is sent to them",
        description:
          'The order is checked by the rules an order is (not the Disclaimer, which the payer accepts, nor the role); a refusal names its field inside `order`. Paid by POST /orders with `purchaseRequestId` and exactly these choices.',
        tags: ['purchase requests'],
        requestBody: body('CreatePurchaseRequest'),
        ok: ok('The request, open', 'PurchaseRequestView', 201),
        errors: [
          'MALFORMED_JSON',
          'NOT_FOUND',
          'VERSION_CONFLICT',
          ...ORDER_RULES,
          ...FAULT,
          ...SAVE,
        ],
      }),
      get: op({
        operationId: 'listPurchaseRequests',
        summary:
          'Purchase requests, newest first; an open one that became impossible or is 30 days old is expired, with the reason',
        tags: ['purchase requests'],
        ok: ok('The requests', 'PurchaseRequestList'),
        errors: FAULT,
      }),
    },
    '/purchase-requests/{id}': {
      get: op({
        operationId: 'getPurchaseRequest',
        summary: 'One purchase request',
        tags: ['purchase requests'],
        parameters: [idPath('purchase request')],
        ok: ok('The request', 'PurchaseRequestView'),
        errors: ['NOT_FOUND', ...FAULT],
      }),
    },
    '/purchase-requests/{id}/decline': {
      post: op({
        operationId: 'declinePurchaseRequest',
        summary: 'Decline an open purchase request, with a reason (admin only)',
        tags: ['purchase requests'],
        parameters: [idPath('purchase request')],
        requestBody: body('DeclinePurchaseRequest'),
        ok: ok('The request, declined', 'PurchaseRequestView'),
        errors: [
          'MALFORMED_JSON',
          'VALIDATION_FAILED',
          'FORBIDDEN',
          'NOT_FOUND',
          'PURCHASE_REQUEST_NOT_OPEN',
          ...FAULT,
          ...SAVE,
        ],
      }),
    },
    '/messages': {
      get: op({
        operationId: 'listMessages',
        summary: 'The message centre, newest first, with the unread count',
        tags: ['messages'],
        ok: ok('The messages', 'MessagesResponse'),
        errors: FAULT,
      }),
    },
    '/messages/{id}/read': {
      post: op({
        operationId: 'markMessageRead',
        summary: 'Mark a message read',
        tags: ['messages'],
        parameters: [idPath('message')],
        ok: ok('The message, read, and the unread count', 'MarkReadResponse'),
        errors: ['NOT_FOUND', ...FAULT, ...SAVE],
      }),
    },
    '/demo': {
      get: op({
        operationId: 'getDemo',
        summary: 'Demo control (mock only): the clock, role, faults and asset counts',
        tags: ['demo'],
        ok: ok('The demo state', 'DemoState'),
        errors: [],
      }),
      patch: op({
        operationId: 'patchDemo',
        summary:
          'Demo control (mock only): move the clock, switch role, inject latency or failures into the other endpoints',
        tags: ['demo'],
        requestBody: body('DemoPatch'),
        ok: ok('The demo state', 'DemoState'),
        errors: ['MALFORMED_JSON', 'VALIDATION_FAILED', 'DEMO_DATA_NEWER', ...SAVE],
      }),
    },
    '/demo/assets': {
      put: op({
        operationId: 'putDemoAssets',
        summary: "Demo control (mock only): set a region's ECS and external server counts",
        tags: ['demo'],
        requestBody: body('DemoAssets'),
        ok: ok('The demo state', 'DemoState'),
        errors: ['MALFORMED_JSON', 'VALIDATION_FAILED', ...SAVE],
      }),
    },
    '/demo/scenario': {
      post: op({
        operationId: 'loadDemoScenario',
        summary:
          'Demo control (mock only): load a named scenario (see ScenarioName), dated relative to the demo clock',
        tags: ['demo'],
        requestBody: body('DemoScenario'),
        ok: ok('The demo state', 'DemoState'),
        errors: ['MALFORMED_JSON', 'VALIDATION_FAILED', ...SAVE],
      }),
    },
    '/demo/reset': {
      post: op({
        operationId: 'resetDemo',
        summary:
          'Demo control (mock only): back to the default scenario and real time, whatever is stored; the replaced demo is kept for restore',
        tags: ['demo'],
        ok: ok('The demo state', 'DemoState'),
        errors: SAVE,
      }),
    },
    '/demo/restore': {
      post: op({
        operationId: 'restoreDemo',
        summary:
          'Demo control (mock only): bring back the demo a reset, a scenario or a repair of damaged data replaced',
        tags: ['demo'],
        ok: ok('The demo state', 'DemoState'),
        errors: ['NOTHING_TO_RESTORE', ...SAVE],
      }),
    },
  };
}

/** The OpenAPI 3.1 document of the contract of SPEC §2. */
export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Security Center console API',
      version: '1.0.0',
      description:
        'The HTTP contract of the Security Center console (SPEC §2), generated from the zod schemas in src/domain/contract.ts. ' +
        'JSON in and out; every request body is validated and unknown fields are refused. Money is integer cents (USD); ' +
        'instants are ISO 8601 UTC. Errors are {"error": {"code", "message", "field"?, "details"?}}. ' +
        'The /demo endpoints exist in the mock only.',
    },
    servers: [{ url: '/api/v1' }],
    tags: [
      { name: 'account', description: 'Session and catalog' },
      { name: 'subscriptions', description: 'Subscriptions per region, with derived fields' },
      {
        name: 'orders',
        description: 'Quotes and orders (renew, upgrade, value-added pack, unsubscribe)',
      },
      { name: 'purchase requests', description: 'Requests to the admins to pay for an order' },
      { name: 'messages', description: 'The message centre' },
      { name: 'demo', description: 'Demo control (mock only)' },
    ],
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'Chosen by the client per payment attempt (1–200 characters): a retry with the same key and body never buys twice.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
    },
  };
}
