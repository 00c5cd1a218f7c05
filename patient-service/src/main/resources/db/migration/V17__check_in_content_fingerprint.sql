-- Issue 19 item 2, as V16 for sessions: the same check-in sent again within a minute (a double
-- tap, a second tab) is the first one, whatever Idempotency-Key it carries.
alter table check_in add column content_fingerprint text;
create index check_in_same_content
    on check_in (patient_id, content_fingerprint, recorded_at)
    where content_fingerprint is not null;
