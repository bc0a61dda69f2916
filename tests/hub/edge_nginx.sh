#!/usr/bin/env bash
# The edge: Debian's real nginx (installer/nginx/actahub.conf) in front of a real actahub, on
# loopback, without root. Usage: edge_nginx.sh ACTAHUB_BINARY [SOURCE_DIR]
#
# The test's nginx configuration is the shipped file with its @PLACEHOLDERS@ filled in by sed, and
# one value lowered (client_header_timeout 10s -> 2s, so the slow-header check is quick); it is
# included in a minimal nginx.conf that only adds writable paths (pid, logs, temp dirs).
#
# Checks, through nginx: nginx -t; GET /v1/hub = the hub's own JSON (one of the two upstreams is
# down); GET /v1/conflicts; unknown paths 404 at the edge; a wrong method refused at the edge;
# 2 MiB POST /v1/records (with Content-Length, and chunked) 413 at the edge; a 1.5 MiB image PUT
# passes the edge; a half-sent request line closed after client_header_timeout; ~300 quick
# requests from one client get 429 (limit_req_status 429) with Retry-After. Edge refusals never
# reach the hub: its access.log is checked after each.
# Tools: nginx, curl, Debian's python3 (tools/install-deps.sh). Every wait is bounded; a watchdog
# ends the script after 55 s.
set -euo pipefail

ACTAHUB=${1:?usage: edge_nginx.sh ACTAHUB_BINARY [SOURCE_DIR]}
SRC=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
CONF_IN="$SRC/installer/nginx/actahub.conf"
NGINX=${NGINX:-/usr/sbin/nginx}
PY=/usr/bin/python3

for tool in "$NGINX" "$PY" "$ACTAHUB"; do
  [ -x "$tool" ] || { echo "FAIL: $tool not found (tools/install-deps.sh)"; exit 1; }
done
command -v curl >/dev/null || { echo "FAIL: curl not found (tools/install-deps.sh)"; exit 1; }
[ -f "$CONF_IN" ] || { echo "FAIL: $CONF_IN not found"; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/actahub-edge.XXXXXX")
HUB_PID="" NGINX_PID="" WATCHDOG_PID="" FAILED=0

cleanup() {
  local rc=$?
  for p in $NGINX_PID $HUB_PID; do
    kill -TERM "$p" 2>/dev/null || true
  done
  for p in $NGINX_PID $HUB_PID; do
    for _ in $(seq 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null || true
  done
  if [ -n "$WATCHDOG_PID" ]; then kill "$WATCHDOG_PID" 2>/dev/null || true; fi
  if [ "$rc" -ne 0 ] || [ "$FAILED" -ne 0 ]; then
    echo "--- nginx error.log (tail) ---"; tail -n 20 "$T/error.log" 2>/dev/null || true
    echo "--- actahub stderr (tail) ---"; tail -n 20 "$T/hub.err" 2>/dev/null || true
    echo "--- actahub access.log (tail) ---"; tail -n 5 "$T/hub/access.log" 2>/dev/null || true
  fi
  rm -rf "$T"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# The whole script is bounded: the watchdog signals it after 55 s.
# (Its sleep is killed with it: a leftover child would hold CTest's output pipe open.)
(
  sleep 55 > /dev/null 2>&1 &
  s=$!
  trap 'kill $s 2>/dev/null; exit 0' TERM
  wait $s
  echo "FAIL: edge_nginx.sh watchdog: over 55 s"
  kill -TERM $$
) &
WATCHDOG_PID=$!

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; FAILED=1; }

free_port() {
  "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
hub_lines() { [ -f "$T/hub/access.log" ] && wc -l < "$T/hub/access.log" || echo 0; }

# --- the hub ---
"$ACTAHUB" init --data "$T/hub" --lang en > "$T/init.out" 2>&1 || { cat "$T/init.out"; echo "FAIL: actahub init"; exit 1; }
"$ACTAHUB" serve --data "$T/hub" --listen 127.0.0.1:0 --publish-every 0 --lang en \
  > "$T/hub.out" 2> "$T/hub.err" &
HUB_PID=$!
HUB_PORT=""
for _ in $(seq 100); do
  HUB_PORT=$(sed -n 's|^listening on https://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$T/hub.out" | head -n 1)
  [ -n "$HUB_PORT" ] && break
  kill -0 "$HUB_PID" 2>/dev/null || break
  sleep 0.1
done
[ -n "$HUB_PORT" ] || { echo "FAIL: actahub serve did not start within 10 s"; exit 1; }
echo "hub: actahub serve on 127.0.0.1:$HUB_PORT (pid $HUB_PID)"

CA="$T/hub/tls/ca.pem"
DIRECT=$(curl -sS --max-time 5 --cacert "$CA" "https://127.0.0.1:$HUB_PORT/v1/hub")

# --- nginx: the shipped file, placeholders filled ---
EDGE_PORT=$(free_port)
DEAD_PORT=$(free_port)   # an upstream with no hub: the edge must go to the live one
while [ "$DEAD_PORT" = "$EDGE_PORT" ] || [ "$DEAD_PORT" = "$HUB_PORT" ]; do DEAD_PORT=$(free_port); done
HEADER_TIMEOUT=2

grep -q '^    client_header_timeout 10s;$' "$CONF_IN" \
  || { echo "FAIL: shipped conf has no 'client_header_timeout 10s;' for the test to lower"; exit 1; }
sed -e "s|@LISTEN@|127.0.0.1:$EDGE_PORT|" \
    -e "s|@CERT@|$T/hub/tls/server.pem|" \
    -e "s|@KEY@|$T/hub/tls/server-key.pem|" \
    -e "s|@UPSTREAMS@|server 127.0.0.1:$DEAD_PORT; server 127.0.0.1:$HUB_PORT;|" \
    -e "s|@HUB_CA@|$CA|" \
    -e "s|@HUB_TLS_NAME@|localhost|" \
    -e "s|^    client_header_timeout 10s;$|    client_header_timeout ${HEADER_TIMEOUT}s;|" \
    "$CONF_IN" > "$T/actahub.conf"
if grep -n '@[A-Z_]*@' "$T/actahub.conf" | grep -v '^[0-9]*:#'; then
  echo "FAIL: placeholders left in the generated conf"; exit 1
fi

USER_LINE=""
[ "$(id -u)" -eq 0 ] && USER_LINE="user $(id -un) $(id -gn);"   # workers keep access to $T
mkdir -p "$T/tmp"
cat > "$T/nginx.conf" <<EOF
$USER_LINE
worker_processes 1;
pid $T/nginx.pid;
error_log $T/error.log info;
events { worker_connections 256; }
http {
    access_log $T/access.log;
    client_body_temp_path $T/tmp/client_body;
    proxy_temp_path $T/tmp/proxy;
    fastcgi_temp_path $T/tmp/fastcgi;
    uwsgi_temp_path $T/tmp/uwsgi;
    scgi_temp_path $T/tmp/scgi;
    include $T/actahub.conf;
}
EOF

if "$NGINX" -p "$T" -e "$T/error.log" -c "$T/nginx.conf" -t > "$T/nginx-t.out" 2>&1; then
  pass "nginx -t accepts the shipped conf ($("$NGINX" -v 2>&1 | sed 's/.*version: //'))"
else
  cat "$T/nginx-t.out"; fail "nginx -t"; exit 1
fi

"$NGINX" -p "$T" -e "$T/error.log" -c "$T/nginx.conf" -g 'daemon off;' > "$T/nginx.out" 2>&1 &
NGINX_PID=$!
EDGE="https://127.0.0.1:$EDGE_PORT"
for _ in $(seq 100); do
  curl -s -o /dev/null --max-time 1 --cacert "$CA" "$EDGE/nope" && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$T/nginx.out"; echo "FAIL: nginx exited"; exit 1; }
  sleep 0.1
done
echo "edge: nginx on 127.0.0.1:$EDGE_PORT (pid $NGINX_PID), upstreams 127.0.0.1:$DEAD_PORT (down), 127.0.0.1:$HUB_PORT"

CURL=(curl -sS --max-time 10 --cacert "$CA")

# 1. GET /v1/hub through the edge = the hub's own answer (both upstream orders: two requests).
for i in 1 2; do
  code=$("${CURL[@]}" -D "$T/h.hdr" -o "$T/h.body" -w '%{http_code}' "$EDGE/v1/hub")
  if [ "$code" = 200 ] && [ "$(cat "$T/h.body")" = "$DIRECT" ] && grep -q '"format":"actahub.info/1"' "$T/h.body"; then
    pass "GET /v1/hub #$i via the edge: 200, the hub's JSON (one upstream down)"
  else
    fail "GET /v1/hub #$i via the edge: $code $(head -c 200 "$T/h.body")"
  fi
done
if grep -qi '^server: nginx\s*$' "$T/h.hdr"; then pass "Server header without version (server_tokens off)"
else fail "Server header: $(grep -i '^server:' "$T/h.hdr")"; fi

code=$("${CURL[@]}" -o "$T/c.body" -w '%{http_code}' "$EDGE/v1/conflicts")
if [ "$code" = 200 ]; then pass "GET /v1/conflicts via the edge: 200 $(head -c 60 "$T/c.body")"
else fail "GET /v1/conflicts: $code"; fi

# 2. Unknown paths and a wrong method: refused at the edge, never at the hub.
before=$(hub_lines)
for path in /v1/nope / /admin /v1/images/not-a-hash /v1/hub/x; do
  code=$("${CURL[@]}" -o "$T/n.body" -w '%{http_code}' "$EDGE$path")
  if [ "$code" = 404 ] && grep -q '(edge)' "$T/n.body"; then pass "GET $path: 404 at the edge"
  else fail "GET $path: $code $(head -c 100 "$T/n.body")"; fi
done
code=$("${CURL[@]}" -o "$T/m.body" -w '%{http_code}' "$EDGE/v1/records")
if [ "$code" = 403 ]; then pass "GET /v1/records (POST only): 403 at the edge"
else fail "GET /v1/records: $code"; fi
after=$(hub_lines)
if [ "$before" = "$after" ]; then pass "hub access.log: no line for those ($after lines)"
else fail "hub access.log grew from $before to $after lines"; fi

# 3. Bodies: a 2 MiB record is 413 at the edge (announced or chunked); a 1.5 MiB image passes.
head -c $((2 * 1024 * 1024)) /dev/zero | tr '\0' 'a' > "$T/big"
before=$(hub_lines)
code=$("${CURL[@]}" -o "$T/b.body" -w '%{http_code}' -H 'Content-Type: application/json' \
  --data-binary @"$T/big" "$EDGE/v1/records")
if [ "$code" = 413 ] && grep -q '(edge)' "$T/b.body"; then pass "POST /v1/records 2 MiB (Content-Length): 413 at the edge"
else fail "POST /v1/records 2 MiB: $code $(head -c 100 "$T/b.body")"; fi
code=$("${CURL[@]}" -o "$T/b.body" -w '%{http_code}' -H 'Transfer-Encoding: chunked' \
  -H 'Content-Type: application/json' --data-binary @"$T/big" "$EDGE/v1/records")
if [ "$code" = 413 ]; then pass "POST /v1/records 2 MiB (chunked): 413 at the edge"
else fail "POST /v1/records 2 MiB chunked: $code $(head -c 100 "$T/b.body")"; fi
after=$(hub_lines)
if [ "$before" = "$after" ]; then pass "hub access.log: nothing for the 413s ($after lines)"
else fail "hub access.log grew from $before to $after lines on 413s"; fi

head -c $((3 * 512 * 1024)) /dev/zero > "$T/img"
sha=$(sha256sum "$T/img" | cut -d' ' -f1)
code=$("${CURL[@]}" -o "$T/i.body" -w '%{http_code}' -X PUT --data-binary @"$T/img" "$EDGE/v1/images/$sha")
last=$(tail -n 1 "$T/hub/access.log" 2>/dev/null || true)
if [ "$code" = 404 ] && ! grep -q '(edge)' "$T/i.body" && [[ $last == *"\"PUT\""* && $last == *"$sha"* ]]; then
  pass "PUT /v1/images 1.5 MiB: through the edge, the hub answers $code (no record names it)"
else
  fail "PUT /v1/images 1.5 MiB: $code $(head -c 100 "$T/i.body") / hub log: ${last:0:200}"
fi

# 4. Slow headers: half a request line, then silence: nginx closes within client_header_timeout.
if "$PY" - "$EDGE_PORT" "$CA" "$HEADER_TIMEOUT" <<'EOF'
import socket, ssl, sys, time
port, ca, limit = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
ctx = ssl.create_default_context(cafile=ca)
s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=5), server_hostname="127.0.0.1")
s.sendall(b"GET /v1/hu")
t0 = time.monotonic()
s.settimeout(limit + 5)
try:
    data = s.recv(4096)
    how = "closed" if not data else "answered %r" % data[:40]
except socket.timeout:
    how = "still open"
except (ssl.SSLError, OSError) as e:
    how = "closed (%s)" % type(e).__name__
dt = time.monotonic() - t0
print("  half request line: %s after %.1f s (client_header_timeout %gs)" % (how, dt, limit))
sys.exit(0 if how.startswith("closed") and limit - 0.5 <= dt <= limit + 3 else 1)
EOF
then pass "slow header client closed by nginx after client_header_timeout"
else fail "slow header client not closed in time"; fi

# 5. Flood: 300 quick requests from one client: limit_req answers 429 (+ Retry-After), the hub
#    sees only what passed.
before=$(hub_lines)
: > "$T/flood.cfg"
for _ in $(seq 300); do printf 'url = "%s/v1/hub"\noutput = "/dev/null"\n' "$EDGE" >> "$T/flood.cfg"; done
start=$(date +%s%N)
curl -s --max-time 30 --cacert "$CA" -K "$T/flood.cfg" -w '%{http_code}\n' > "$T/flood.codes" || true
ms=$(( ($(date +%s%N) - start) / 1000000 ))
n200=$(grep -c '^200$' "$T/flood.codes" || true)
n429=$(grep -c '^429$' "$T/flood.codes" || true)
nall=$(wc -l < "$T/flood.codes")
other=$((nall - n200 - n429))
echo "  flood: $nall requests in $ms ms: $n200 x 200, $n429 x 429, $other other"
if [ "$nall" = 300 ] && [ "$n429" -gt 0 ] && [ "$n200" -gt 0 ] && [ "$other" = 0 ]; then
  pass "flood of 300 requests: limit_req refused $n429 with 429"
else
  fail "flood: expected some 429 and only 200/429"
fi
ra=$(curl -s --max-time 5 --cacert "$CA" -K "$T/flood.cfg" -D - -o /dev/null 2>/dev/null \
  | grep -i -m 1 '^retry-after:' | tr -d '\r' || true)
if [ -n "$ra" ]; then pass "a 429 from the edge carries '$ra'"
else fail "no Retry-After on the edge's 429"; fi
after=$(hub_lines)
hub429=$(tail -n +"$((before + 1))" "$T/hub/access.log" | grep -c '"status":429' || true)
if [ "$hub429" = 0 ]; then pass "hub saw $((after - before)) of the flood's requests, refused none (the edge did)"
else fail "the hub refused $hub429 with 429"; fi

if [ "$FAILED" -ne 0 ]; then echo "edge_nginx: FAILED"; exit 1; fi
echo "edge_nginx: all checks passed"
