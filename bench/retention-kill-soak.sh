#!/usr/bin/env bash
# RET-3 soak (issue 11 §3): RetentionKillNineIntegrationTests with many more kills than the suite's 20 — sweeping
# nodes in child JVMs killed with kill -9 at random moments, each record then checked to be in exactly one place —
# on PostgreSQL, in a database of its own, then the checks printed again straight from the database.
#
#   bench/retention-kill-soak.sh [kills, default 100] [due persons per wave, default 60]
#   PGHOST, PGPORT, PGUSER (default 127.0.0.1, 5432, postgres); RETENTION_SOAK_DB (default custodian_retention_soak)
#
# A child JVM's start is the cost of a kill: 10–25 s on a 2-core machine, so 100 kills take 20–40 minutes.
# MAVEN_ARGS="-o" runs Maven offline.
set -euo pipefail
cd "$(dirname "$0")/.."

kills=${1:-100}
wave=${2:-60}
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
user=${PGUSER:-postgres}
db=${RETENTION_SOAK_DB:-custodian_retention_soak}
sql() { psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 "$@"; }

sql -d postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
started=$(date +%s)
status=0
./mvnw -B -ntp -Ppostgres test -Dtest=RetentionKillNineIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Dpg.url="jdbc:postgresql://$host:$port/$db" -Dpg.user="$user" \
    -Dretention.kills="$kills" -Dretention.wave="$wave" | tee target/retention-kill-soak.log || status=$?

echo
echo "=== RET-3 soak: $kills kills asked for, $(( $(date +%s) - started )) s, Maven exit $status ==="
grep -A "$((kills + 2))" "RET-3 kill -9:" target/retention-kill-soak.log || true
echo "--- sweeps by state (none FAILED, none QUEUED or RUNNING)"
sql -d "$db" -c "SELECT state, COUNT(*), SUM(done) AS done, SUM(planned) AS planned FROM retention_sweep GROUP BY state"
echo "--- actions by rule, action and state (all DONE)"
sql -d "$db" -c "SELECT rule_code, action, state, COUNT(*) FROM retention_action GROUP BY rule_code, action, state ORDER BY 1, 2, 3"
echo "--- persons acted on who are still in the active base (0)"
sql -d "$db" -c "SELECT COUNT(*) FROM person p WHERE EXISTS (SELECT 1 FROM retention_action a WHERE a.person_id = p.id)"
echo "--- archived persons: rows, distinct persons, with an ARCHIVE action (all equal), and prospects archived (0)"
sql -d "$db" -c "SELECT COUNT(*) AS rows, COUNT(DISTINCT person_id) AS persons,
    COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM retention_action a WHERE a.person_id = archive_person.person_id AND a.action = 'ARCHIVE')) AS with_action,
    COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM retention_action a WHERE a.person_id = archive_person.person_id AND a.rule_code = 'PROSPECTING/2')) AS prospects
    FROM archive_person"
echo "--- consents and history left of the persons acted on (0, 0)"
sql -d "$db" -c "SELECT (SELECT COUNT(*) FROM consent_record c WHERE EXISTS (SELECT 1 FROM retention_action a WHERE a.person_id = c.person_id)) AS consents,
    (SELECT COUNT(*) FROM person_change c WHERE EXISTS (SELECT 1 FROM retention_action a WHERE a.person_id = c.person_id)) AS history"
exit "$status"
