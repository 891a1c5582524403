#!/bin/bash
# Creates one database per service, each owned by its own login role, so no service can read
# another's tables. The postgres image runs this once, when the data volume is first initialised
# (see docker-compose.yml). To run it again: `docker compose down -v` (this deletes the data).
#
# Passwords come from the postgres container's environment (MENTORSHIP_<DB>_DB_PASSWORD, set in
# docker-compose.yml from the same variables the services get); each falls back to "<db>-dev",
# which is only for a local machine.
#
# The image may source this file rather than execute it, so it sets no shell options that would
# leak into the image's own entrypoint.

for db in application evaluation stipend certificate webhook; do
    password_var="MENTORSHIP_${db^^}_DB_PASSWORD"
    password="${!password_var:-${db}-dev}"
    echo "mentorship: creating role and database '${db}'"
    psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
         -v db="${db}" -v password="${password}" <<'SQL' || exit 1
CREATE ROLE :"db" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"db";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT ALL ON DATABASE :"db" TO :"db";
SQL
done
