-- Issue 14 item 2: reminders to patients (follow-up, programme day, 16-of-30 pace nudge, visits).

-- The outbox carries the reminder topics; like every topic, they name no health data.
alter table notification drop constraint notification_topic_check;
alter table notification add constraint notification_topic_check check (topic in (
    'URGENT_ALERT', 'ALERT_DIGEST', 'FOLLOW_UP_REMINDER', 'PROGRAMME_DAY_REMINDER', 'PACE_NUDGE', 'VISIT_REMINDER'));

-- A planned reminder: what it reminds of and when it is due (already out of the quiet hours the
-- patient had when it was planned). At its due time the reminder runner checks it again (answered?
-- opted out? quiet hours now? discharged?) and either writes its outbox rows in the same transaction
-- (SENT), defers it to the end of the quiet hours, or cancels it with the reason.
create table reminder (
    id              uuid primary key,
    patient_id      uuid        not null references patient (id),
    kind            text        not null check (kind in (
                        'FOLLOW_UP_DUE', 'FOLLOW_UP_LAST_CALL', 'PROGRAMME_DAY', 'PACE_NUDGE',
                        'VISIT_DAY_BEFORE', 'VISIT_SOON')),
    session_id      uuid references exercise_session (id),
    local_date      date,
    visit_id        uuid,
    visit_starts_at timestamptz,
    due_at          timestamptz not null,
    status          text        not null check (status in ('SCHEDULED', 'SENT', 'CANCELLED')),
    cancel_reason   text check (cancel_reason in (
                        'ANSWERED', 'WINDOW_CLOSED', 'OPTED_OUT', 'NO_CHANNEL', 'DISCHARGED', 'ALREADY_RECORDED',
                        'TIME_PASSED', 'VISIT_CHANGED', 'VISIT_CANCELLED')),
    created_at      timestamptz not null,
    settled_at      timestamptz,
    -- each kind names exactly what it reminds of
    constraint reminder_follow_up_names_its_session check (
        (kind in ('FOLLOW_UP_DUE', 'FOLLOW_UP_LAST_CALL')) = (session_id is not null)),
    constraint reminder_daily_names_its_day check ((kind in ('PROGRAMME_DAY', 'PACE_NUDGE')) = (local_date is not null)),
    constraint reminder_visit_names_its_visit check (
        (kind in ('VISIT_DAY_BEFORE', 'VISIT_SOON')) = (visit_id is not null and visit_starts_at is not null)),
    constraint reminder_cancelled_has_reason check ((status = 'CANCELLED') = (cancel_reason is not null)),
    constraint reminder_settled_has_time check ((status = 'SCHEDULED') = (settled_at is null))
);
-- Idempotent planning: one per session and kind; one per patient, kind and local day (two replicas or
-- a restart never plan a day twice); one per visit, patient, kind and start (a moved visit gets new rows).
create unique index reminder_one_per_session on reminder (session_id, kind) where session_id is not null;
create unique index reminder_one_per_day on reminder (patient_id, kind, local_date) where local_date is not null;
create unique index reminder_one_per_visit_start on reminder (visit_id, patient_id, kind, visit_starts_at)
    where visit_id is not null;
create index reminder_due on reminder (due_at) where status = 'SCHEDULED';
create index reminder_visit on reminder (visit_id) where visit_id is not null;

-- The last local day whose programme-day and pace reminders were planned for the patient: the runner
-- plans each patient's day once (one replica at a time, under an advisory lock).
create table reminder_plan (
    patient_id uuid primary key references patient (id),
    planned_on date        not null,
    planned_at timestamptz not null
);
