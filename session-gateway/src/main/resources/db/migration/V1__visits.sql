-- Video visits between a therapist and a patient on their caseload (DESIGN.md "Video visits").
create table visit (
    id                  uuid primary key,
    therapist_subject   varchar(255) not null,
    therapist_name      varchar(255) not null,
    patient_id          uuid not null,          -- patient-service's id of the patient
    patient_subject     varchar(255),           -- the patient's Keycloak subject, learned from patient-service
    patient_name        varchar(255) not null,
    scheduled_start     timestamptz not null,
    duration_minutes    integer not null check (duration_minutes between 5 and 180),
    reason              varchar(500) not null,
    status              varchar(20) not null check (status in ('SCHEDULED', 'WAITING', 'IN_PROGRESS', 'ENDED', 'CANCELLED')),
    created_at          timestamptz not null,
    cancelled_at        timestamptz,
    cancelled_by        varchar(20),            -- THERAPIST or PATIENT
    actual_start        timestamptz,            -- when the therapist admitted the patient
    actual_end          timestamptz,            -- when the therapist ended the call
    therapist_reconnects integer not null default 0,
    patient_reconnects  integer not null default 0,
    note                varchar(2000),          -- the therapist's short visit note: clinical data
    note_updated_at     timestamptz,
    version             bigint not null default 0
);
create index visit_therapist_start on visit (therapist_subject, scheduled_start);
create index visit_patient_start on visit (patient_id, scheduled_start);

-- Who joined when: one row per signalling connection that entered the room.
create table visit_attendance (
    id          uuid primary key,
    visit_id    uuid not null references visit (id) on delete cascade,
    role        varchar(20) not null check (role in ('THERAPIST', 'PATIENT')),
    joined_at   timestamptz not null,
    left_at     timestamptz,
    reconnect   boolean not null
);
create index visit_attendance_visit on visit_attendance (visit_id, joined_at);

-- Audit trail of the visit note (clinical data): every read and write, and every denied attempt.
create table audit_event (
    id              uuid primary key,
    occurred_at     timestamptz not null,
    actor_subject   varchar(255) not null,
    actor_roles     varchar(255) not null,
    action          varchar(40) not null,
    visit_id        uuid not null,
    patient_id      uuid,
    outcome         varchar(20) not null check (outcome in ('ALLOWED', 'DENIED'))
);
create index audit_event_patient on audit_event (patient_id, occurred_at);
create index audit_event_visit on audit_event (visit_id, occurred_at);
