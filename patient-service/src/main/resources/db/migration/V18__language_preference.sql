-- Issue 19 item 6: the language a person chose for Motus (screens, emails, notifications).
-- Keyed by Keycloak subject, so patients, therapists and admins all have one. No row: the web
-- app follows the browser, and emails go out in English.
create table language_preference (
    subject    text primary key,
    language   text not null check (language in ('en', 'es', 'de')),
    updated_at timestamptz not null
);
