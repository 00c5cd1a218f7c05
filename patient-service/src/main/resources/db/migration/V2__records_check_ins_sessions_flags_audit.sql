-- Issue 3: the patient record's fields, check-ins, exercise-session logs, flags and the audit
-- trail. The database enforces what must hold whatever the service does: pain on the 0-10 scale
-- (DOMAIN.md rule 1), rows belonging to their patient, one idempotency key per patient, and an
-- append-only audit trail.

-- The record (issue 3 capability 1). Contact and goals are the patient's; date of birth,
-- conditions, baseline pain and prescribed frequency are the treating therapist's.
alter table patient
    add column date_of_birth                date check (date_of_birth >= date '1900-01-01'),
    add column baseline_pain                smallint check (baseline_pain between 0 and 10),
    add column goals                        text check (octet_length(goals) <= 4096),
    add column contact_channel              text not null default 'APP'
        check (contact_channel in ('APP', 'EMAIL', 'SMS', 'PHONE')),
    add column contact_email                text check (length(contact_email) <= 254),
    add column contact_phone                text check (length(contact_phone) <= 40),
    add column prescribed_sessions_per_week smallint check (prescribed_sessions_per_week between 1 and 50),
    add column updated_at                   timestamptz not null default now();

-- Conditions as DOMAIN.md "Who uses Motus" lists them.
create table patient_condition (
    patient_id uuid not null references patient (id) on delete cascade,
    code       text not null check (code in ('LOW_BACK', 'NECK_SHOULDER', 'KNEE_OA', 'HIP_OA',
                                             'SCIATICA', 'FIBROMYALGIA', 'OTHER')),
    primary key (patient_id, code)
);

-- A session of the patient's plan as they did it (issue 3 capability 4). Plan id and version come
-- from therapist-service; both or neither.
create table exercise_session (
    id                     uuid primary key,
    patient_id             uuid not null references patient (id),
    plan_id                uuid,
    plan_version           integer check (plan_version >= 1),
    started_at             timestamptz not null,
    ended_at               timestamptz not null,
    average_heart_rate_bpm smallint check (average_heart_rate_bpm between 30 and 250),
    peak_heart_rate_bpm    smallint check (peak_heart_rate_bpm between 30 and 250),
    note                   text check (octet_length(note) <= 4096),
    idempotency_key        text check (length(idempotency_key) between 1 and 200),
    request_fingerprint    text,
    recorded_at            timestamptz not null default now(),
    check (ended_at >= started_at),
    check (peak_heart_rate_bpm >= average_heart_rate_bpm),
    check ((plan_id is null) = (plan_version is null)),
    check ((idempotency_key is null) = (request_fingerprint is null)),
    unique (patient_id, idempotency_key),
    -- lets check-ins and flags point at a session *of the same patient*
    unique (id, patient_id)
);
create index exercise_session_patient_started on exercise_session (patient_id, started_at);

create table session_item (
    session_id       uuid not null references exercise_session (id) on delete cascade,
    position         smallint not null check (position between 1 and 50),
    plan_item_id     uuid,
    exercise_id      uuid,
    sets             smallint check (sets between 0 and 20),
    reps             smallint check (reps between 0 and 500),
    load_kg          numeric(6, 2) check (load_kg between 0 and 500),
    hold_seconds     integer check (hold_seconds between 0 and 3600),
    duration_minutes integer check (duration_minutes between 0 and 600),
    primary key (session_id, position),
    check (plan_item_id is not null or exercise_id is not null)
);

-- Pain check-ins (DOMAIN.md rules 1 and 2): around a session, or a standalone daily one.
create table check_in (
    id                  uuid primary key,
    patient_id          uuid not null references patient (id),
    kind                text not null check (kind in ('BEFORE', 'DURING', 'AFTER', 'FOLLOW_UP', 'DAILY')),
    pain                smallint not null check (pain between 0 and 10),
    note                text check (octet_length(note) <= 4096),
    session_id          uuid,
    occurred_at         timestamptz not null,
    recorded_at         timestamptz not null default now(),
    idempotency_key     text check (length(idempotency_key) between 1 and 200),
    request_fingerprint text,
    foreign key (session_id, patient_id) references exercise_session (id, patient_id),
    check (kind <> 'DAILY' or session_id is null),
    check ((idempotency_key is null) = (request_fingerprint is null)),
    unique (patient_id, idempotency_key)
);
create index check_in_patient_occurred on check_in (patient_id, occurred_at);
-- One reading of each kind per session: a second FOLLOW_UP for the same session is a conflict.
create unique index check_in_one_kind_per_session on check_in (session_id, kind) where session_id is not null;

-- Raised for the treating therapist when a session breaks the activity ceiling (rule 4) or pain
-- is not back to the pre-session level at the follow-up (rule 3); acknowledged once.
create table flag (
    id              uuid primary key,
    patient_id      uuid not null references patient (id),
    session_id      uuid not null,
    kind            text not null check (kind in ('ACTIVITY_CEILING_EXCEEDED', 'PAIN_NOT_BACK_TO_BASELINE')),
    detail          text not null check (length(detail) <= 500),
    raised_at       timestamptz not null default now(),
    acknowledged_at timestamptz,
    acknowledged_by text,
    foreign key (session_id, patient_id) references exercise_session (id, patient_id),
    unique (session_id, kind),
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index flag_open_by_patient on flag (patient_id) where acknowledged_at is null;

-- Who did what to which patient's data, when, and how it ended (DOMAIN.md "Care context": PHI
-- is attributable). No foreign key to patient: the trail outlives records and also names ids
-- that never existed (a denied probe is worth recording).
create table audit_event (
    id            uuid primary key default gen_random_uuid(),
    occurred_at   timestamptz not null default clock_timestamp(),
    actor_subject text not null check (length(actor_subject) between 1 and 255),
    actor_roles   text not null check (length(actor_roles) <= 255),
    action        text not null check (length(action) between 1 and 60),
    patient_id    uuid,
    outcome       text not null check (outcome in ('SUCCESS', 'DENIED', 'NOT_FOUND', 'FAILED')),
    detail        text check (length(detail) <= 500)
);
create index audit_event_patient_occurred on audit_event (patient_id, occurred_at);

-- Append-only, also against a bug in the service or a stray SQL session.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end $$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
