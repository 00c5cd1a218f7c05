-- Issue 19 item 2: a second identical session save within a minute is a duplicate, not a second
-- session, whatever Idempotency-Key it carries (a double tap, a second tab, a re-sent form).
-- SHA-256 of the request as the service read it; null for sessions stored before this column.
alter table exercise_session add column content_fingerprint text;
create index exercise_session_same_content
    on exercise_session (patient_id, content_fingerprint, recorded_at)
    where content_fingerprint is not null;
