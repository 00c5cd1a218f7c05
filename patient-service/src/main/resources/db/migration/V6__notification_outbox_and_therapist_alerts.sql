-- Issue 14 items 1 and 3: the notification outbox and its channels, Web Push subscriptions, the staff
-- directory (therapists' email addresses from their tokens) and therapists' alert-digest preferences.

-- The outbox. A row is written in the transaction of its cause and names a topic, never health data:
-- the text of every channel is rendered from the topic. EMAIL and PUSH rows are sent by the dispatcher
-- (PENDING -> SENT, or DEAD after too many attempts); an IN_APP row is the notification centre's entry,
-- SENT when written, read when its recipient marks it read.
create table notification (
    id                uuid primary key,
    recipient_subject text        not null check (length(recipient_subject) between 1 and 255),
    channel           text        not null check (channel in ('IN_APP', 'EMAIL', 'PUSH')),
    topic             text        not null check (topic in ('URGENT_ALERT', 'ALERT_DIGEST')),
    item_count        integer     not null default 1 check (item_count between 1 and 100000),
    link              text        not null check (link ~ '^/[A-Za-z0-9/_-]*$' and length(link) <= 200),
    -- one per cause, channel and recipient: enqueueing twice (a retried transaction, two replicas
    -- running the digest) stores one row; also the Message-ID of its email
    dedupe_key        text        not null unique check (length(dedupe_key) between 1 and 300),
    status            text        not null check (status in ('PENDING', 'SENT', 'DEAD')),
    attempts          integer     not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null,
    last_attempt_at   timestamptz,
    last_error        text check (length(last_error) <= 1000),
    created_at        timestamptz not null,
    sent_at           timestamptz,
    read_at           timestamptz,
    constraint notification_read_only_in_app check (read_at is null or channel = 'IN_APP'),
    constraint notification_in_app_never_pending check (channel <> 'IN_APP' or status = 'SENT'),
    constraint notification_sent_has_time check ((status = 'SENT') = (sent_at is not null))
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_inbox on notification (recipient_subject, created_at desc) where channel = 'IN_APP';
create index notification_unread on notification (recipient_subject) where channel = 'IN_APP' and read_at is null;
create index notification_dead on notification (last_attempt_at) where status = 'DEAD';

-- A browser's PushSubscription (endpoint and its keys, RFC 8291), one row per endpoint: a browser
-- that another person signs in to moves its subscription to them.
create table push_subscription (
    id         uuid primary key,
    subject    text        not null check (length(subject) between 1 and 255),
    endpoint   text        not null unique check (endpoint ~ '^https://' and length(endpoint) <= 2000),
    p256dh     text        not null check (p256dh ~ '^[A-Za-z0-9_-]+=*$' and length(p256dh) between 80 and 100),
    auth       text        not null check (auth ~ '^[A-Za-z0-9_-]+=*$' and length(auth) between 16 and 32),
    created_at timestamptz not null
);
create index push_subscription_subject on push_subscription (subject);

-- Therapists (and admins) as their tokens name them, recorded whenever they call this service: the
-- only source of a therapist's email address until accounts are read from Keycloak.
create table staff (
    subject      text primary key check (length(subject) between 1 and 255),
    email        text check (length(email) between 3 and 320 and email like '%@%'),
    display_name text        not null check (length(display_name) between 1 and 255),
    seen_at      timestamptz not null
);

-- A therapist's daily digest of HIGH and ROUTINE alerts: the hour in their time zone, and when the
-- last one was made (a row is created with the defaults when the first digest is due).
create table alert_preference (
    therapist_subject text primary key check (length(therapist_subject) between 1 and 255),
    digest_hour       smallint    not null default 7 check (digest_hour between 0 and 23),
    time_zone         text        not null default 'UTC' check (length(time_zone) between 1 and 64),
    last_digest_on    date,
    last_digest_at    timestamptz,
    updated_at        timestamptz not null
);
