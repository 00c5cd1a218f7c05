-- Issue 13 item 6, a patient's first sign-in: consent decisions and contact preferences.

-- Every decision a patient made on a consent text, never updated or deleted: an acceptance, a
-- refusal, or a withdrawal of an earlier acceptance. The text itself lives in the service's
-- resources (consent/<kind>-<version>.txt); its SHA-256 is stored so the exact words agreed to can
-- be proven later (RTM billing needs the consent to remote monitoring, with its time and version).
create table consent_decision (
    id             uuid primary key,
    patient_id     uuid not null references patient (id),
    kind           text not null check (kind in ('TELEHEALTH', 'REMOTE_MONITORING')),
    text_version   text not null check (text_version ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    text_sha256    text not null check (text_sha256 ~ '^[0-9a-f]{64}$'),
    decision       text not null check (decision in ('ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decided_at     timestamptz not null,
    decided_by     text not null check (length(decided_by) between 1 and 255),
    client         text check (length(client) <= 300)
);
create index consent_decision_patient on consent_decision (patient_id, kind, decided_at);

create function consent_decision_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'consent_decision is append-only: % refused', tg_op;
end $$;
create trigger consent_decision_no_update_or_delete before update or delete on consent_decision
    for each row execute function consent_decision_append_only();

-- How and when the patient wants to be told things (reminders read it later): per kind of notice,
-- which channels are on; programme-day reminders at a local time; quiet hours in the patient's zone
-- (both or neither; they may cross midnight, so start may be later than end, never equal to it).
create table contact_preference (
    patient_id                 uuid primary key references patient (id),
    follow_up_in_app           boolean not null,
    follow_up_email            boolean not null,
    follow_up_web_push         boolean not null,
    programme_day_in_app       boolean not null,
    programme_day_email        boolean not null,
    programme_day_web_push     boolean not null,
    programme_day_local_time   time not null,
    visit_in_app               boolean not null,
    visit_email                boolean not null,
    visit_web_push             boolean not null,
    message_in_app             boolean not null,
    message_email              boolean not null,
    message_web_push           boolean not null,
    quiet_start                time,
    quiet_end                  time,
    updated_at                 timestamptz not null,
    constraint contact_preference_quiet_hours check (
        (quiet_start is null) = (quiet_end is null) and (quiet_start is null or quiet_start <> quiet_end))
);
