-- A patient is linked to their Keycloak account by the token's subject.
create table patient (
    id           uuid primary key,
    subject      text not null unique check (length(subject) between 1 and 255),
    display_name text not null check (length(display_name) between 1 and 200),
    created_at   timestamptz not null default now()
);

-- Which therapist (by Keycloak subject) treats which patient: the caseload.
create table care_team_member (
    patient_id        uuid not null references patient (id) on delete cascade,
    therapist_subject text not null check (length(therapist_subject) between 1 and 255),
    assigned_at       timestamptz not null default now(),
    primary key (patient_id, therapist_subject)
);
create index care_team_member_therapist on care_team_member (therapist_subject);
