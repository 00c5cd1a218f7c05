-- Who read or changed which patient's plans, handouts and progression, when, and how it ended
-- (clinical-rules.md "Care context": health data is attributable). The same shape as
-- patient-service's trail, so one viewer reads both. No foreign key: the trail outlives plans and
-- also names ids that never existed (a probe is worth recording).
create table audit_event (
    id            uuid primary key,
    occurred_at   timestamptz not null,
    actor_subject text not null check (length(actor_subject) between 1 and 255),
    actor_roles   text not null check (length(actor_roles) <= 255),
    action        text not null check (length(action) between 1 and 60),
    patient_id    uuid,
    outcome       text not null check (outcome in ('SUCCESS', 'NOT_FOUND', 'FAILED')),
    detail        text check (length(detail) <= 500)
);
create index audit_event_patient_occurred on audit_event (patient_id, occurred_at);
create index audit_event_occurred on audit_event (occurred_at);

-- Append-only, also against a bug in the service or a stray SQL session.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end $$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
