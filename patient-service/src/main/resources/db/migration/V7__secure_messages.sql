-- Issue 14 item 4: secure messages. One thread per patient with their care team: the thread is the
-- patient's id, so it needs no table of its own. Texts are at most 4,000 code points (PostgreSQL's
-- char_length counts code points in UTF-8), images at most 5 MiB after re-encoding.

-- An image uploaded for a message, already sniffed and re-encoded (no metadata). bytea, not a large
-- object: it is small and capped, read whole, and deleted with its patient (docs/adr/0020).
-- message_id is null until a message claims it.
create table message_image (
    id               uuid primary key,
    patient_id       uuid not null references patient (id) on delete cascade,
    uploader_subject text not null check (length(uploader_subject) between 1 and 255),
    content_type     text not null check (content_type in ('image/jpeg', 'image/png')),
    width_px         integer not null check (width_px > 0),
    height_px        integer not null check (height_px > 0),
    bytes            bytea not null check (octet_length(bytes) between 1 and 5242880),
    uploaded_at      timestamptz not null
);
create index message_image_patient on message_image (patient_id);

create table message (
    id                  uuid primary key,
    patient_id          uuid not null references patient (id) on delete cascade,
    author_subject      text not null check (length(author_subject) between 1 and 255),
    author_name         text not null check (length(author_name) between 1 and 200),
    author_role         text not null check (author_role in ('PATIENT', 'THERAPIST')),
    body                text not null check (char_length(body) <= 4000),
    exercise_ref        text check (exercise_ref ~ '^[a-z0-9-]{2,80}$'),
    image_id            uuid unique references message_image (id),
    sent_at             timestamptz not null,
    idempotency_key     text,
    request_fingerprint text,
    -- empty text only with an image or an exercise to show
    check (char_length(body) > 0 or image_id is not null or exercise_ref is not null),
    unique (patient_id, idempotency_key)
);
create index message_thread on message (patient_id, sent_at, id);

-- Read receipts: who read which message, when. Unread = messages of the thread by someone else
-- without a row for the reader.
create table message_read (
    message_id     uuid not null references message (id) on delete cascade,
    reader_subject text not null check (length(reader_subject) between 1 and 255),
    reader_name    text not null check (length(reader_name) between 1 and 200),
    reader_role    text not null check (reader_role in ('PATIENT', 'THERAPIST')),
    read_at        timestamptz not null,
    primary key (message_id, reader_subject)
);
