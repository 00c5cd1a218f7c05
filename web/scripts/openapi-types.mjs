// Generates src/api/generated/<service>.ts from the OpenAPI document each service writes at
// build time (quarkus.smallrye-openapi.store-schema-directory=target/openapi). Run by `npm run
// generate` (and so before typecheck, test and build) and by the Maven web module before tsc.
// The generated files are not committed: the services' documents are the one source of a shape.
//
// patient-service's document is taken as it is: it lists every property of a response-only
// schema as required and says which may be null. therapist-service's still gets one adjustment
// before openapi-typescript sees it (SmallRye lists in `required` only the record components
// with a Bean Validation constraint, and it never says `null` unless told):
// - a schema that appears only in responses gets every property required (always present on the
//   wire), except on the views written with @JsonInclude(NON_NULL), listed in `mayBeAbsent`,
//   whose properties stay optional unless `required`;
// - request bodies keep their properties optional as Java says;
// - the components listed in `nullable` below may be null on the wire; a name in it that the
//   document lacks fails the generation, so a renamed field is still caught. See web/README.md,
//   "Generated API types".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(web, '..');
const outDir = join(web, 'src', 'api', 'generated');

/** The services whose documents the web reads, with the adjustments described above. */
const services = [
  {
    // patient-service's document says it all: response-only schemas list every property as
    // required, and nullable properties say so (@Schema(nullable = true)). No adjustment.
    name: 'patient-service',
  },
  {
    name: 'therapist-service',
    responsesAlwaysHaveEveryField: true,
    // Views written with @JsonInclude(NON_NULL): a null component is left out, not sent as null.
    mayBeAbsent: {
      ProgressionSuggestion: ['decision'],
      ProgressionItem: ['currentLoadKg', 'suggestedLoadKg', 'note', 'outcome', 'percent', 'reason', 'sessions'],
      ProgressionDecisionView: ['loadChangePercent', 'resultingVersion', 'reason'],
      TodayItem: [
        'section', 'kind', 'instructions', 'commonMistakes', 'illustrationUrl', 'mediaUrl', 'dosage',
        'targetHeartRateBpm', 'notes',
      ],
      Timer: ['sets', 'reps', 'holdSeconds', 'restSeconds', 'durationSeconds', 'breathing'],
      Breathing: ['holdLabel'],
      PlanVersion: ['changeNote', 'publishedAt', 'maxHeartRate', 'warnings', 'heartRateTargets', 'activeVersionFindings'],
      PlanItem: ['section', 'exerciseSlug', 'kind', 'targetHeartRateBpm', 'notes', 'illustrationUrl', 'loadIncreaseReason'],
      Plan: ['heartRateTargets', 'activeVersionFindings'],
      PlanVersionSummary: ['loadIncreaseReasons'],
    },
    nullable: {
      ExerciseView: ['kind', 'defaultDosage'],
      Plan: ['activeVersion', 'draftVersion', 'protocolId'],
      PlanVersionSummary: ['changeNote', 'publishedAt'],
      HeartRateTargets: ['reason'],
      // Dosage (request and response): every field optional, and sent as null when not set.
      Dosage: [
        'sets', 'reps', 'loadKg', 'holdSeconds', 'durationMinutes', 'sessionsPerDay', 'daysPerWeek', 'weekdays',
        'targetZoneLowPercent', 'targetZoneHighPercent', 'restSeconds',
      ],
      Demonstration: ['illustrationUrl', 'mediaUrl', 'upload'],
      Item: ['section', 'kind', 'notes', 'illustrationUrl'],
    },
  },
];

const missing = services
  .map((s) => join(root, s.name, 'target', 'openapi', 'openapi.json'))
  .filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(
    `[web] No OpenAPI document at ${missing.join(', ')}.\n` +
      '[web] The web types are generated from the services\' documents: build them first with\n' +
      '[web]   ./mvnw -B install -DskipTests -pl patient-service,therapist-service -am\n' +
      '[web] (from the repository root; a full ./mvnw install does it in the right order).',
  );
  process.exit(1);
}

const refName = (ref) => ref.replace('#/components/schemas/', '');

/** Names of component schemas reachable from a node (following $ref through components). */
function reachable(node, schemas, seen = new Set()) {
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
        const name = refName(child);
        if (!seen.has(name)) {
          seen.add(name);
          visit(schemas[name]);
        }
      } else if (key !== 'examples' && key !== 'example') {
        visit(child);
      }
    }
  };
  visit(node);
  return seen;
}

/** The services write OpenAPI 3.0.3 documents, where null is said with `nullable: true`. */
function nullable(property) {
  if (property.$ref) {
    const { $ref, ...rest } = property;
    return { ...rest, allOf: [{ $ref }], nullable: true };
  }
  return { ...property, nullable: true };
}

function adjust(document, service) {
  const schemas = document.components?.schemas ?? {};
  const inResponses = new Set();
  const inRequests = new Set();
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      if (!operation || typeof operation !== 'object') continue;
      reachable(operation.requestBody, schemas, inRequests);
      reachable(operation.responses, schemas, inResponses);
    }
  }
  for (const [name, properties] of Object.entries(service.nullable ?? {})) {
    for (const property of properties) {
      const definition = schemas[name]?.properties?.[property];
      if (!definition) throw new Error(`${service.name}: no ${name}.${property} in the OpenAPI document (renamed in Java?)`);
      schemas[name].properties[property] = nullable(definition);
    }
  }
  if (!service.responsesAlwaysHaveEveryField) return document;
  for (const [name, schema] of Object.entries(schemas)) {
    if (!schema.properties || !inResponses.has(name) || inRequests.has(name)) continue;
    const absent = service.mayBeAbsent?.[name] ?? [];
    if (absent === '*') continue;
    for (const property of absent) {
      if (!schema.properties[property]) throw new Error(`${service.name}: no ${name}.${property} in the OpenAPI document`);
    }
    schema.required = Object.keys(schema.properties).filter((p) => (schema.required ?? []).includes(p) || !absent.includes(p));
  }
  return document;
}

mkdirSync(outDir, { recursive: true });
for (const service of services) {
  const file = join(root, service.name, 'target', 'openapi', 'openapi.json');
  const document = adjust(JSON.parse(readFileSync(file, 'utf8')), service);
  const ast = await openapiTS(document, { alphabetize: true });
  const header =
    `// Generated by web/scripts/openapi-types.mjs from ${service.name}/target/openapi/openapi.json.\n` +
    '// Do not edit: change the Java record (and its OpenAPI annotations), then rebuild.\n\n';
  writeFileSync(join(outDir, `${service.name}.ts`), header + astToString(ast));
  console.log(`[web] src/api/generated/${service.name}.ts from ${service.name}/target/openapi/openapi.json`);
}
