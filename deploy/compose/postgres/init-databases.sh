#!/usr/bin/env bash
# One database and one login per service, each owning its own database (Flyway creates the schema),
# plus Keycloak's. Runs once, when the PostgreSQL container starts on an empty data directory
# (/docker-entrypoint-initdb.d); the passwords come from the container's environment (.env).
set -euo pipefail

create_database() {
  local name="$1" password="$2"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       --set=name="$name" --set=password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
-- Only its owner (and the superuser) may connect: one service cannot open another's database.
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database motus_patient   "${MOTUS_PATIENT_DB_PASSWORD:?}"
create_database motus_therapist "${MOTUS_THERAPIST_DB_PASSWORD:?}"
create_database motus_gateway   "${MOTUS_GATEWAY_DB_PASSWORD:?}"
create_database keycloak        "${KEYCLOAK_DB_PASSWORD:?}"
