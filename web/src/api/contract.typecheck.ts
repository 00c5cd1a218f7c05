/**
 * Checked by tsc only (never imported, so never bundled): the fields of the services' JSON the
 * web app depends on most, read from the types generated from each service's OpenAPI document.
 * A field renamed or removed in a Java record fails `npm run typecheck` (and so the Maven build)
 * here with its name, besides wherever the app uses it. See web/README.md, "Generated API types".
 */
import type { components as patient } from './generated/patient-service.ts';
import type { components as gateway } from './generated/session-gateway.ts';
import type { components as therapist } from './generated/therapist-service.ts';

type Has<T, K extends keyof T> = K;

export type PatientServiceFields = [
  Has<
    patient['schemas']['PatientView'],
    'id' | 'subject' | 'displayName' | 'timeZone' | 'activityCeiling' | 'baselinePain'
  >,
  Has<patient['schemas']['CheckInView'], 'id' | 'kind' | 'pain' | 'occurredAt' | 'advice'>,
  Has<patient['schemas']['CheckInRequest'], 'kind' | 'pain' | 'redFlags' | 'sessionId' | 'occurredAt'>,
  Has<patient['schemas']['SessionView'], 'id' | 'painBefore' | 'twoHourRule' | 'followUp' | 'advice'>,
  Has<patient['schemas']['SessionRequest'], 'startedAt' | 'endedAt' | 'items' | 'painBefore'>,
  Has<patient['schemas']['FlagView'], 'id' | 'kind' | 'severity' | 'open' | 'redFlags'>,
  Has<patient['schemas']['CaseloadEntry'], 'patientId' | 'displayName' | 'latestPain' | 'adherence' | 'severity'>,
  Has<patient['schemas']['ProgressView'], 'weeks' | 'expectedCourse' | 'baselinePain'>,
  Has<patient['schemas']['AdherenceView'], 'weeks' | 'last30Days'>,
];

export type TherapistServiceFields = [
  Has<therapist['schemas']['ExerciseView'], 'id' | 'slug' | 'name' | 'pillar' | 'regions' | 'instructions'>,
  Has<therapist['schemas']['ProtocolView'], 'id' | 'name' | 'items'>,
];

export type SessionGatewayFields = [
  Has<gateway['schemas']['Me'], 'subject' | 'username' | 'name' | 'roles'>,
  Has<
    gateway['schemas']['Visit'],
    'id' | 'start' | 'end' | 'status' | 'yourRole' | 'joinableFrom' | 'joinableNow' | 'cancelledBy'
  >,
  Has<gateway['schemas']['VisitList'], 'upcoming' | 'past'>,
  Has<gateway['schemas']['IceServers'], 'iceServers' | 'expiresAt'>,
  Has<gateway['schemas']['VisitNote'], 'text' | 'updatedAt'>,
];
