-- Plans: what a therapist prescribes to one patient (patient-service's id; that service owns who
-- treats whom). A plan is a series of versions: at most one DRAFT being edited, and PUBLISHED
-- versions that never change again. The patient sees the latest published version.
create table plan (
    id           uuid primary key,
    patient_id   uuid not null unique,
    title        text not null check (length(title) between 1 and 120),
    protocol_id  uuid references protocol (id),
    created_by   text not null,
    created_at   timestamptz not null default now()
);

create table plan_version (
    id            uuid primary key,
    plan_id       uuid not null references plan (id),
    version       integer not null check (version >= 1),
    status        text not null check (status in ('DRAFT', 'PUBLISHED')),
    change_note   text check (length(change_note) <= 500),
    created_by    text not null,
    created_at    timestamptz not null default now(),
    published_by  text,
    published_at  timestamptz,
    unique (plan_id, version),
    check ((status = 'PUBLISHED') = (published_at is not null and published_by is not null))
);
create unique index plan_version_one_draft on plan_version (plan_id) where status = 'DRAFT';

create table plan_item (
    id                         uuid primary key,
    version_id                 uuid not null references plan_version (id) on delete cascade,
    position                   integer not null check (position >= 1),
    section                    text check (length(section) <= 80),
    exercise_id                uuid not null references exercise (id),
    sets                       integer check (sets between 1 and 10),
    reps                       integer check (reps between 1 and 100),
    load_kg                    numeric(6, 2) check (load_kg > 0 and load_kg <= 500),
    hold_seconds               integer check (hold_seconds between 1 and 600),
    duration_minutes           integer check (duration_minutes between 1 and 300),
    sessions_per_day           integer not null check (sessions_per_day between 1 and 12),
    days_per_week              integer not null check (days_per_week between 1 and 7),
    weekdays                   text[],
    target_zone_low_percent    integer check (target_zone_low_percent between 1 and 100),
    target_zone_high_percent   integer check (target_zone_high_percent between 1 and 100),
    rest_seconds               integer check (rest_seconds between 0 and 3600),
    notes                      text check (length(notes) <= 1000),
    unique (version_id, position)
);

-- Published versions are immutable, also against a bug in the service: the database refuses.
create function plan_version_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'plan version % of plan % is published and cannot change', old.version, old.plan_id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_version_immutable before update or delete on plan_version
    for each row execute function plan_version_immutable();

create function plan_item_immutable() returns trigger language plpgsql as $$
declare
    version_status text;
begin
    select status into version_status from plan_version
     where id = case when tg_op = 'DELETE' then old.version_id else new.version_id end;
    if version_status = 'PUBLISHED' then
        raise exception 'items of a published plan version cannot change';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_item_immutable before insert or update or delete on plan_item
    for each row execute function plan_item_immutable();

-- A therapist's answer to a weekly progression suggestion (DOMAIN.md rule 5): one per plan and week.
create table progression_decision (
    id                 uuid primary key,
    plan_id            uuid not null references plan (id),
    week_start         date not null,
    based_on_version   integer not null,
    outcome            text not null check (outcome in ('INCREASE', 'HOLD', 'STEP_BACK')),
    decision           text not null check (decision in ('ACCEPTED', 'DISMISSED')),
    load_change_percent numeric(5, 2),
    resulting_version  integer,
    reason             text,
    decided_by         text not null,
    decided_at         timestamptz not null default now(),
    unique (plan_id, week_start)
);
