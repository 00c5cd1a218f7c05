-- Issue 15 item 1, DOMAIN rule 19: patient-reported outcome measures. One row per completed
-- response, its score computed by the service from the published rule (clinical-rules.md §19)
-- and stored with the answers it came from; never changed once stored. PROMIS short forms are
-- not accepted until their scoring tables are verified (see clinical-rules.md §19).
create table prom_response (
    id                  uuid primary key,
    patient_id          uuid not null references patient (id),
    instrument          text not null check (instrument in ('PSFS', 'PEG_3')),
    score               numeric(4, 2) not null check (score between 0 and 10),
    answered_at         timestamptz not null,
    recorded_at         timestamptz not null default now(),
    idempotency_key     text check (length(idempotency_key) between 1 and 200),
    request_fingerprint text,
    check ((idempotency_key is null) = (request_fingerprint is null)),
    unique (patient_id, idempotency_key)
);
create index prom_response_patient_instrument on prom_response (patient_id, instrument, answered_at);

-- The items as answered: for PSFS the activity the patient named, for PEG-3 the item's code.
create table prom_answer (
    response_id uuid not null references prom_response (id) on delete cascade,
    position    smallint not null check (position between 1 and 5),
    item        text not null check (length(item) between 1 and 200),
    value       smallint not null check (value between 0 and 10),
    primary key (response_id, position)
);
