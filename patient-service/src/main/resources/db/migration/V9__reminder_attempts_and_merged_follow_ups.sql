-- Issue 14: a reminder whose decision fails no longer blocks the others. Each failure is counted and
-- the reminder waits (backoff) before it is tried again; after motus.reminders.max-attempts it is
-- FAILED (listed to admins like the outbox's dead letters) and never tried again by itself.
alter table reminder add column attempts   integer not null default 0 check (attempts >= 0);
alter table reminder add column last_error text check (length(last_error) <= 500);

alter table reminder drop constraint reminder_status_check;
alter table reminder add constraint reminder_status_check check (status in ('SCHEDULED', 'SENT', 'CANCELLED', 'FAILED'));

-- MERGED: quiet hours pushed the first follow-up reminder onto the session's last call, which is
-- sent instead (one notice, not two).
alter table reminder drop constraint reminder_cancel_reason_check;
alter table reminder add constraint reminder_cancel_reason_check check (cancel_reason in (
    'ANSWERED', 'WINDOW_CLOSED', 'OPTED_OUT', 'NO_CHANNEL', 'DISCHARGED', 'ALREADY_RECORDED',
    'TIME_PASSED', 'MERGED', 'VISIT_CHANGED', 'VISIT_CANCELLED'));

create index reminder_failed on reminder (settled_at) where status = 'FAILED';
