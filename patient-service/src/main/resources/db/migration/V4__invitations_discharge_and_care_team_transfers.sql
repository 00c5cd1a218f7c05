-- Invitations: an account created through Keycloak's Admin API and the execute-actions email sent
-- to it, so an admin can see the pending ones and resend them (issue 13 item 3).
create table invitation (
    id            uuid primary key,
    subject       text not null unique check (length(subject) between 1 and 255),
    email         text not null check (length(email) between 3 and 254),
    role          text not null check (role in ('PATIENT', 'THERAPIST', 'ADMIN')),
    patient_id    uuid references patient (id) on delete cascade,
    invited_by    text not null check (length(invited_by) between 1 and 255),
    invited_at    timestamptz not null,
    last_sent_at  timestamptz not null,
    expires_at    timestamptz not null,
    sent_count    integer not null default 1 check (sent_count >= 1),
    accepted_at   timestamptz,
    check ((role = 'PATIENT') = (patient_id is not null)),
    check (expires_at > last_sent_at and last_sent_at >= invited_at)
);
create index invitation_pending on invitation (invited_at) where accepted_at is null;

-- Discharge: the record stays readable to its care team (history) but is read-only and leaves
-- the active caseload until it is reactivated.
alter table patient add column discharged_at timestamptz;
alter table patient add column discharged_by text check (length(discharged_by) between 1 and 255);
alter table patient add column discharge_note text check (length(discharge_note) <= 2000);
alter table patient add check ((discharged_at is null) = (discharged_by is null));

-- A care team handed from one therapist to another, with the admin's note (append-only).
create table care_team_transfer (
    id            uuid primary key,
    patient_id    uuid not null references patient (id) on delete cascade,
    from_subject  text not null check (length(from_subject) between 1 and 255),
    to_subject    text not null check (length(to_subject) between 1 and 255),
    note          text not null check (length(note) between 1 and 1000),
    transferred_by text not null check (length(transferred_by) between 1 and 255),
    transferred_at timestamptz not null,
    check (from_subject <> to_subject)
);
create index care_team_transfer_patient on care_team_transfer (patient_id, transferred_at);
