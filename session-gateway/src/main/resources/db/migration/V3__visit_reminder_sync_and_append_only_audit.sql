-- Visit reminders are sent by patient-service (it owns notifications); the gateway tells it about each
-- visit (PUT: remind the patient before this start; DELETE: no reminders). What patient-service must be
-- told is written here in the same transaction as the visit's change, and reminder.ReminderSync pushes
-- it with backoff until patient-service acknowledges, so a booking never fails, and a reminder is never
-- lost, because patient-service was briefly down. One row per visit: the latest wish wins.
create table visit_reminder_sync (
    visit_id         uuid primary key references visit (id) on delete cascade,
    patient_id       uuid not null,
    wanted           varchar(10) not null check (wanted in ('REMIND', 'CANCEL')),
    starts_at        timestamptz not null,    -- the visit's start when the wish was written
    pending          boolean not null,        -- true until patient-service acknowledged this wish
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    last_error       varchar(500),
    changed_at       timestamptz not null,
    synced_at        timestamptz
);
create index visit_reminder_sync_due on visit_reminder_sync (next_attempt_at) where pending;

-- The audit trail now records every read and change of a visit (docs/adr/0027), not only the note,
-- in the services' shape: outcomes SUCCESS, DENIED (out of reach, answered 404), NOT_FOUND (no such
-- visit), FAILED (allowed, then refused or rolled back: a 409), and a short detail. visit_id may be
-- null (a list of visits, an id that named no visit is kept in detail). Append-only from here on,
-- also against a bug or a stray SQL session.
alter table audit_event alter column visit_id drop not null;
alter table audit_event add column detail varchar(500);
alter table audit_event drop constraint audit_event_outcome_check;
update audit_event set outcome = 'SUCCESS' where outcome = 'ALLOWED';
alter table audit_event add constraint audit_event_outcome_check
    check (outcome in ('SUCCESS', 'DENIED', 'NOT_FOUND', 'FAILED'));
create index audit_event_occurred on audit_event (occurred_at);
create index audit_event_actor on audit_event (actor_subject, occurred_at);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end $$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
