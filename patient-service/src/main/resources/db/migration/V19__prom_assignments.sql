-- Issue 15 item 1, DOMAIN rule 19: the therapist assigns PROMs. Two choices per patient:
-- whether an instrument runs on the regular schedule (baseline, then every 2 weeks; on unless
-- a row turns it off), and an instrument asked for now, on demand or for discharge. An assignment
-- is open until the patient answers that instrument after it was made, or the therapist withdraws it.
create table prom_schedule_choice (
    patient_id      uuid    not null references patient (id),
    instrument      text    not null check (instrument in ('PSFS', 'PEG_3')),
    every_two_weeks boolean not null,
    changed_by      text    not null,
    changed_at      timestamptz not null,
    primary key (patient_id, instrument)
);

create table prom_assignment (
    id           uuid primary key,
    patient_id   uuid not null references patient (id),
    instrument   text not null check (instrument in ('PSFS', 'PEG_3')),
    reason       text not null check (reason in ('ON_DEMAND', 'DISCHARGE')),
    assigned_by  text not null,
    assigned_at  timestamptz not null,
    withdrawn_at timestamptz,
    withdrawn_by text,
    check ((withdrawn_at is null) = (withdrawn_by is null))
);
create index prom_assignment_patient_instrument on prom_assignment (patient_id, instrument, assigned_at);

-- The notification outbox carries the patient's notice that a questionnaire was asked for; like
-- every topic it names no health data.
alter table notification drop constraint notification_topic_check;
alter table notification add constraint notification_topic_check check (topic in (
    'URGENT_ALERT', 'ALERT_DIGEST', 'FOLLOW_UP_REMINDER', 'PROGRAMME_DAY_REMINDER', 'PACE_NUDGE', 'VISIT_REMINDER',
    'NEW_MESSAGE', 'PROM_ASSIGNED'));
