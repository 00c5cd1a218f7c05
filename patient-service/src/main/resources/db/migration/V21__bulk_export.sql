-- Issue 15 item 5: an admin takes the clinic's data out as FHIR Bulk Data ($export, NDJSON). A
-- kick-off queues a job; a worker on any replica claims it (FOR UPDATE SKIP LOCKED) and holds a
-- lease it renews while it writes; a job whose lease ran out (its replica died) is claimed again and
-- written from the start. The files are kept here, one row per part of at most N resources, until
-- the job expires; deleting the job deletes its files.
create table bulk_export_job (
    id                uuid primary key,
    status            text not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    requester_subject text not null check (length(requester_subject) between 1 and 255),
    requester_name    text not null check (length(requester_name) <= 255),
    requester_roles   text not null check (length(requester_roles) <= 255),
    request_url       text not null check (length(request_url) <= 2000),
    output_format     text not null check (length(output_format) <= 60),
    -- The resource types asked for, comma-separated in the order they are written.
    types             text not null check (length(types) <= 500),
    since             timestamptz,
    requested_at      timestamptz not null,
    -- Who works on it and until when; a lease in the past is free to claim.
    lease_owner       text check (length(lease_owner) <= 255),
    lease_until       timestamptz,
    attempts          integer not null default 0 check (attempts >= 0),
    -- What is written so far, for X-Progress.
    progress          text check (length(progress) <= 200),
    completed_at      timestamptz,
    error             text check (length(error) <= 1000),
    expires_at        timestamptz
);
create index bulk_export_job_claimable on bulk_export_job (requested_at) where status in ('QUEUED', 'RUNNING');
create index bulk_export_job_expiry on bulk_export_job (expires_at) where expires_at is not null;

create table bulk_export_file (
    job_id         uuid not null references bulk_export_job (id) on delete cascade,
    part           integer not null check (part >= 1),
    resource_type  text not null check (length(resource_type) between 1 and 60),
    resource_count integer not null check (resource_count >= 1),
    ndjson         bytea not null,
    primary key (job_id, part)
);
