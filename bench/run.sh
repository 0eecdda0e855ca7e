#!/usr/bin/env bash
# Load benchmark of GET /v1.1/customer/get. Usage:
#   bench/run.sh CUSTOMERS h2|mariadb
# Generates the data set (or reuses a cached one), starts the server, measures start-up,
# warms up, runs the four scenarios (closed-loop peak, then 25/50/75% of the peak) with wrk,
# appends a section to bench/RESULTS.md and stops the server. See bench/README.md.
set -euo pipefail

CUSTOMERS=${1:?usage: bench/run.sh CUSTOMERS h2|mariadb}
DB=${2:?usage: bench/run.sh CUSTOMERS h2|mariadb}
case "$DB" in h2|mariadb) ;; *) echo "database must be h2 or mariadb" >&2; exit 2 ;; esac

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR=${JAR:-$ROOT/bootstrap/target/loyaltyhub.jar}   # the server and generator jar
PORT=${PORT:-18080}
HEAP=${HEAP:-384m}                      # java -Xmx of the server (README: the documented setting)
GC=${GC:-ParallelGC}                    # java -XX:+Use<GC> of the server
DURATION=${DURATION:-10}                # seconds per measured wrk run
WARMUP=${WARMUP:-120}                   # seconds of warm-up (default scenario; the others get a quarter each)
THREADS=${THREADS:-1}                   # wrk threads
CONNS=${CONNS:-16}                      # wrk connections
DATA_ROOT=${DATA_ROOT:-/tmp/lh-bench-data}
KEEP_DB=${KEEP_DB:-false}               # mariadb: keep the database after the run (else dropped)
APPCDS=${APPCDS:-true}                  # start the server with a class data archive of the jar (recorded on first use)
GENERATE_ONLY=${GENERATE_ONLY:-false}   # only generate (or find) the data set, then stop; kept for a later run
MYSQL=(mysql -h127.0.0.1 -P3306 -uroot)
RESULTS=${RESULTS:-$BENCH_DIR/RESULTS.md}
HEAVY=$CUSTOMERS                        # --heavy-customers 1 makes customer N the heavy one

command -v wrk >/dev/null || { echo "wrk not found (apt-get install -y wrk)" >&2; exit 2; }
[ -f "$JAR" ] || (cd "$ROOT" && mvn -B -q install -DskipTests)

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
LOGS="$DATA_ROOT/logs/$DB-$CUSTOMERS-$STAMP"
mkdir -p "$LOGS"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# ---- the database -------------------------------------------------------------------------
GEN_ARGS=(generate --customers "$CUSTOMERS" --seed 42 --heavy-customers 1 --heavy-transactions 10000)
SERVER_ENV=()
if [ "$DB" = h2 ]; then
  DATA_DIR="$DATA_ROOT/h2-$CUSTOMERS"
  SERVER_ENV=(LOYALTYHUB_DATA_DIR="$DATA_DIR")
  MARKER="$DATA_DIR/.generated"
else
  DB_NAME="lh_bench_${CUSTOMERS}"
  URL="jdbc:mysql://127.0.0.1:3306/$DB_NAME?rewriteBatchedStatements=true&connectTimeout=5000"
  SERVER_ENV=(DATASOURCES_DEFAULT_URL="$URL" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=)
  MARKER="$DATA_ROOT/mariadb-$DB_NAME.generated"
  if [ -f "$MARKER" ] && ! "${MYSQL[@]}" -e "USE $DB_NAME" 2>/dev/null; then rm -f "$MARKER"; fi
fi

GEN_NOTE="reused ($(cat "$MARKER" 2>/dev/null || true))"
if [ ! -f "$MARKER" ]; then
  if [ "$DB" = h2 ]; then
    rm -rf "$DATA_DIR"; mkdir -p "$DATA_DIR"
  else
    "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  fi
  log "generating $CUSTOMERS customers on $DB"
  t0=$(date +%s.%N)
  env "${SERVER_ENV[@]}" java -jar "$JAR" "${GEN_ARGS[@]}" > "$LOGS/generate.log" 2> "$LOGS/generate.err"
  t1=$(date +%s.%N)
  GEN_NOTE="generated in $(printf '%.1f' "$(echo "$t1 - $t0" | bc)") s: $(tail -1 "$LOGS/generate.log")"
  echo "$GEN_NOTE" > "$MARKER"
fi
if [ "$DB" = h2 ]; then
  DB_SIZE=$(du -sh "$DATA_DIR" | cut -f1)
else
  DB_SIZE=$("${MYSQL[@]}" -N -e "SELECT CONCAT(ROUND(SUM(data_length+index_length)/1048576),'M') FROM information_schema.tables WHERE table_schema='$DB_NAME'") # InnoDB statistics: may lag right after generate
  DB_SIZE="$DB_SIZE (information_schema estimate)"
fi

if [ "${GENERATE_ONLY:-false}" = true ]; then
  log "data ready ($GEN_NOTE); GENERATE_ONLY=true: no server, no runs; the data is kept for the next run"
  exit 0
fi

# ---- the server ---------------------------------------------------------------------------
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$DB" = mariadb ] && [ "$KEEP_DB" != true ]; then
    "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB_NAME" && rm -f "$MARKER"
  fi
}
trap cleanup EXIT

AUTH=$(printf 'bench.till:%s' "$(printf bench123 | md5sum | cut -d' ' -f1)" | base64 -w0)
BASE="http://127.0.0.1:$PORT"
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is already in use" >&2; exit 1; fi

first_answer() {
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Basic $AUTH" \
            "$BASE/v1.1/customer/get?mobile=9190000000001" || true)" = 200 ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $LOGS/server.log" >&2; exit 1; }
    sleep 0.05
  done
}

# Class data sharing (AppCDS): a first start records the classes the server loads into an archive for this
# jar; later starts map it instead of loading and verifying ~10,000 classes. APPCDS=false skips it.
JVM_OPTS=(-Xmx"$HEAP" -XX:+Use"$GC")
CDS_NOTE="no class data archive"
if [ "$APPCDS" = true ]; then
  ARCHIVE="$DATA_ROOT/loyaltyhub-$(md5sum "$JAR" | cut -c1-12).jsa"
  if [ ! -f "$ARCHIVE" ]; then
    log "recording the class data archive $ARCHIVE"
    env "${SERVER_ENV[@]}" LOYALTYHUB_PORT="$PORT" LOYALTYHUB_SEED_ENABLED=false \
      java "${JVM_OPTS[@]}" -XX:ArchiveClassesAtExit="$ARCHIVE" -jar "$JAR" > "$LOGS/server-cds.log" 2>&1 &
    SERVER_PID=$!
    first_answer
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -f "$ARCHIVE" ]; then
    JVM_OPTS+=(-XX:SharedArchiveFile="$ARCHIVE")
    CDS_NOTE="class data archive (AppCDS) \`-XX:SharedArchiveFile\`"
  fi
fi

log "starting the server (${JVM_OPTS[*]}, port $PORT)"
t0=$(date +%s.%N)
env "${SERVER_ENV[@]}" LOYALTYHUB_PORT="$PORT" LOYALTYHUB_SEED_ENABLED=false \
  java "${JVM_OPTS[@]}" -jar "$JAR" > "$LOGS/server.log" 2>&1 &
SERVER_PID=$!
first_answer
t1=$(date +%s.%N)
STARTUP=$(printf '%.2f' "$(echo "$t1 - $t0" | bc)")
log "first answer after $STARTUP s"

RSS_MAX=0
sample_rss() {
  local r; r=$(ps -o rss= -p "$SERVER_PID" | tr -d ' ')
  [ "$r" -gt "$RSS_MAX" ] && RSS_MAX=$r
  return 0
}

# wait until requests left over from the previous run are done: one lookup answers within 1 s
settle() {
  local i
  for i in $(seq 1 60); do
    curl -s -o /dev/null -m 1 -H "Authorization: Basic $AUTH" "$BASE/v1.1/customer/get?mobile=9190000000001" && break
  done
  sleep 1
}

# run_wrk SCRIPT SECONDS RATE -> prints the WRKRESULT line
run_wrk() {
  local script=$1 secs=$2 rate=$3 out
  settle
  out="$LOGS/$script-$rate-$(date +%s%N).txt"
  BENCH_DIR="$BENCH_DIR" BENCH_CUSTOMERS="$CUSTOMERS" BENCH_HEAVY="$HEAVY" BENCH_RATE="$rate" \
  BENCH_THREADS="$THREADS" BENCH_AUTH="$AUTH" \
    wrk -t"$THREADS" -c"$CONNS" -d"${secs}s" --timeout 5s -s "$BENCH_DIR/$script.lua" "$BASE" > "$out" 2>&1
  sample_rss
  grep '^WRKRESULT' "$out"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
errors() { local l=$1; echo $(( $(field errors_status "$l") + $(field errors_connect "$l") + $(field errors_read "$l") + $(field errors_write "$l") + $(field errors_timeout "$l") )); }

# sanity: every scenario answers 200
for q in "mobile=9190000000001" "mobile=9190000000002,9190000000003" "mobile=$((9190000000000 + HEAVY))"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Basic $AUTH" "$BASE/v1.1/customer/get?$q")
  [ "$code" = 200 ] || { echo "GET ?$q answered $code" >&2; exit 1; }
done

log "warm-up"
run_wrk default "$WARMUP" 0 > /dev/null
for s in all_sections batch20 heavy; do run_wrk "$s" $(( (WARMUP + 3) / 4 )) 0 > /dev/null; done

declare -A NAMES=([default]="lookup by mobile, default sections" [all_sections]="lookup, every section on"
                  [batch20]="batch of 20 mobiles" [heavy]="heavy customer (10,000 bills)")
ROWS=""
for s in default all_sections batch20 heavy; do
  peak_line=$(run_wrk "$s" "$DURATION" 0)
  peak=$(field rps "$peak_line")
  log "$s: peak $peak req/s, p50 $(field p50_ms "$peak_line") ms, p99 $(field p99_ms "$peak_line") ms"
  row="| ${NAMES[$s]} | **$(printf '%.0f' "$peak")** | $(field p50_ms "$peak_line") / $(field p99_ms "$peak_line")"
  errs=$(errors "$peak_line")
  for pct in 25 50 75; do
    rate=$(printf '%.0f' "$(echo "$peak * $pct / 100" | bc -l)")
    [ "$rate" -ge 1 ] || rate=1
    line=$(run_wrk "$s" "$DURATION" "$rate")
    log "$s at $pct% ($rate req/s): got $(field rps "$line") req/s, p50 $(field p50_ms "$line") ms, p99 $(field p99_ms "$line") ms"
    row="$row | $rate: $(printf '%.0f' "$(field rps "$line")") | $(field p50_ms "$line") / $(field p99_ms "$line")"
    errs=$(( errs + $(errors "$line") ))
  done
  ROWS="$ROWS$row | $errs |"$'\n'
  echo "RESULT db=$DB customers=$CUSTOMERS scenario=$s peak=$peak" >> "$LOGS/summary.txt"
done
sample_rss

# ---- the report ---------------------------------------------------------------------------
{
  echo
  echo "### $DB, $(printf "%'d" "$CUSTOMERS") customers ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "\`bench/run.sh $CUSTOMERS $DB\` (wrk -t$THREADS -c$CONNS, ${DURATION} s per run, ${WARMUP} s warm-up, server \`java ${JVM_OPTS[*]}\`, port $PORT)."
  echo "Data: $GEN_NOTE; database size $DB_SIZE. Start-up to first answered request: **$STARTUP s** ($CDS_NOTE)."
  echo "Server RSS after the runs: **$(( RSS_MAX / 1024 )) MB** (largest \`ps -o rss\` sample). Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| scenario | peak req/s (closed loop) | p50 / p99 ms at peak | 25%: target: got req/s | p50 / p99 ms | 50%: target: got | p50 / p99 ms | 75%: target: got | p50 / p99 ms | errors |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$ROWS"
} >> "$RESULTS"
log "appended to $RESULTS (raw wrk output in $LOGS)"
