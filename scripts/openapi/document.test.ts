import { describe, expect, test } from 'vitest';
import { ERROR_CODES } from '../../src/domain/contract';
import { domainError } from '../../src/domain/errors';
import { buildOpenApiDocument } from './document';
import committed from '../../docs/openapi.json';

type Json = Record<string, unknown>;
type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<string, { parameters?: Json[]; requestBody?: Json; responses: Record<string, Json> }>
  >;
  components: { schemas: Record<string, Json>; parameters: Record<string, Json> };
};

const doc = buildOpenApiDocument() as unknown as Doc;

/** Every row of SPEC §2 (paths relative to /api/v1). */
const SPEC_ROUTES = [
  ['get', '/session'],
  ['get', '/catalog'],
  ['get', '/overview'],
  ['get', '/subscriptions'],
  ['get', '/subscriptions/{id}'],
  ['patch', '/subscriptions/{id}'],
  ['get', '/assets'],
  ['post', '/quotes'],
  ['post', '/orders'],
  ['get', '/orders'],
  ['get', '/orders/{id}'],
  // issue 24: quote documents to approve
  ['post', '/quote-documents'],
  ['get', '/quote-documents/{id}'],
  ['get', '/messages'],
  ['post', '/messages/{id}/read'],
  // issue 24
  ['post', '/purchase-requests'],
  ['get', '/purchase-requests'],
  ['get', '/purchase-requests/{id}'],
  ['post', '/purchase-requests/{id}/decline'],
  ['get', '/demo'],
  ['patch', '/demo'],
  ['put', '/demo/assets'],
  ['post', '/demo/scenario'],
  ['post', '/demo/reset'],
  ['post', '/demo/restore'],
] as const;

const WITH_BODY = new Set([
  'patch /subscriptions/{id}',
  'post /quotes',
  'post /orders',
  'post /quote-documents',
  'post /purchase-requests',
  'post /purchase-requests/{id}/decline',
  'patch /demo',
  'put /demo/assets',
  'post /demo/scenario',
]);

describe('docs/openapi.json', () => {
  test('is up to date with the schemas (run `npm run openapi` to regenerate it)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});

describe('the OpenAPI 3.1 document of SPEC §2', () => {
  test('is OpenAPI 3.1 and covers exactly the routes of SPEC §2', () => {
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m} ${path}`),
    );
    expect(routes.sort()).toEqual(SPEC_ROUTES.map(([m, p]) => `${m} ${p}`).sort());
  });

  test.each(SPEC_ROUTES)(
    '%s %s has a success response, and a JSON request body where SPEC sends one',
    (method, path) => {
      const operation = doc.paths[path]?.[method];
      expect(operation).toBeDefined();
      const statuses = Object.keys(operation?.responses ?? {});
      expect(statuses.some((s) => s.startsWith('2'))).toBe(true);
      if (WITH_BODY.has(`${method} ${path}`))
        expect(operation?.requestBody).toMatchObject({
          required: true,
          content: { 'application/json': {} },
        });
      else expect(operation?.requestBody).toBeUndefined();
    },
  );

  test('POST /orders needs the Idempotency-Key header and answers 201, or 200 on a replay', () => {
    const orders = doc.paths['/orders']?.post;
    expect(orders?.parameters).toEqual([{ $ref: '#/components/parameters/IdempotencyKey' }]);
    expect(doc.components.parameters.IdempotencyKey).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
    });
    expect(orders?.responses['201']).toBeDefined();
    expect(orders?.responses['200']).toBeDefined();
  });

  test('error responses use ApiErrorBody with the status SPEC gives each code; every code is documented', () => {
    const documented = new Set<string>();
    for (const ops of Object.values(doc.paths)) {
      for (const operation of Object.values(ops)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) < 400) continue;
          const schema = (
            response as { content: { 'application/json': { schema: { allOf: Json[] } } } }
          ).content['application/json'].schema;
          expect(schema.allOf[0]).toEqual({ $ref: '#/components/schemas/ApiErrorBody' });
          const codes = (
            schema.allOf[1] as {
              properties: { error: { properties: { code: { enum: string[] } } } };
            }
          ).properties.error.properties.code.enum;
          for (const code of codes) {
            expect(domainError(code as (typeof ERROR_CODES)[number], '').status).toBe(
              Number(status),
            );
            documented.add(code);
          }
        }
      }
    }
    expect([...documented].sort()).toEqual([...ERROR_CODES].sort());
  });

  test('every $ref points at a component', () => {
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref' && typeof x === 'string') refs.push(x);
          else walk(x);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const r of refs) {
      const [, kind, name] = /^#\/components\/(schemas|parameters)\/(.+)$/.exec(r) ?? [];
      expect(
        kind && name && (doc.components[kind as 'schemas' | 'parameters'] as Json)[name],
        r,
      ).toBeTruthy();
    }
  });

  test('request schemas refuse unknown fields and whole numbers are integers', () => {
    for (const name of [
      'RenewRequest',
      'UpgradeRequest',
      'PackRequest',
      'UnsubscribeRequest',
      'PatchSubscriptionRequest',
      'DemoPatch',
      'DemoAssets',
      'DemoScenario',
    ]) {
      expect(doc.components.schemas[name]).toMatchObject({
        type: 'object',
        additionalProperties: false,
      });
    }
    expect(doc.components.schemas.OrderRequest).toMatchObject({
      oneOf: expect.any(Array) as unknown,
      discriminator: { propertyName: 'type' },
    });
    expect((doc.components.schemas.UpgradeRequest?.properties as Json).quota).toMatchObject({
      type: 'integer',
    });
    expect(doc.components.schemas.ErrorCode).toMatchObject({ enum: [...ERROR_CODES] });
  });
});
