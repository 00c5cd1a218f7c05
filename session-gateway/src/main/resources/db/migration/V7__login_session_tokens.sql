-- The tokens of each browser login session (ID, access, refresh), kept here instead of in the
-- session cookie, which now carries only a random reference (session.LoginSessionTokens,
-- docs/adr/0052). Every replica reads the same rows, so a session made on one works on all.
-- reference_hash: SHA-256 of the cookie's reference; the reference itself is never stored, so a copy
--   of this table does not give anybody a working cookie.
-- login_id: one sign-in; each token refresh adds a row with the same login_id, and signing out
--   deletes them all, so an older cookie of the same sign-in stops working too.
-- sid, subject: Keycloak's session id and the user, from the ID token, for back-channel logout.
-- tokens: AES-256-GCM (12-byte IV, then ciphertext and tag) of the tokens as JSON, with a key derived
--   from QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET and the row's reference_hash as
--   associated data: not readable, nor movable to another row, without the secret.
-- expires_at: the session cookie's own expiry; later the row is refused and swept.
create table login_session_tokens (
    reference_hash bytea primary key,
    login_id       uuid not null,
    sid            varchar(255),
    subject        varchar(255),
    tokens         bytea not null,
    created_at     timestamptz not null,
    expires_at     timestamptz not null
);
create index login_session_tokens_login on login_session_tokens (login_id);
create index login_session_tokens_sid on login_session_tokens (sid);
create index login_session_tokens_subject on login_session_tokens (subject);
create index login_session_tokens_expiry on login_session_tokens (expires_at);
