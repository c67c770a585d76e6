# Several nodes of the packaged app on one PostgreSQL behind nginx (round-robin, no sticky
# sessions): the set-up scripts/cluster.sh starts for people and scripts/cluster-test.sh checks.
# Source it after common.sh; it defines functions and the CLUSTER_* variables they set.
#
#   cluster_start NODES NGINX_PORT [APP ARGS...]   everything, fresh database; waits until ready
#   cluster_stop                                   stops all it started (nginx, nodes); keeps logs
#   cluster_kill_node I                            SIGKILL of node I (1-based)
#
# Node I listens on 127.0.0.1:(NGINX_PORT + I), its management port (health, Prometheus) on
# 127.0.0.1:(NGINX_PORT + 100 + I). Settings (environment): CLUSTER_DB (database and role, default
# crossroads_cluster), CLUSTER_WORK (folder for the logs and nginx's files, default a new one under
# /tmp), CROSSROADS_JAVA_OPTS (default -Xmx256m per node).

CLUSTER_PIDS=()
CLUSTER_APP_PORTS=()
CLUSTER_MANAGEMENT_PORTS=()
CLUSTER_NGINX_PID=

# cluster_port_free PORT: nothing listens there.
cluster_port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cluster_node_ready() {
  curl -fs "http://127.0.0.1:$1/readyz" 2>/dev/null | grep -q '"UP"'
}

cluster_write_nginx_conf() {
  local port=$1 conf=$CLUSTER_WORK/nginx.conf p
  {
    # Workers run as an unprivileged user when nginx starts as root: they only need the temp paths.
    echo "worker_processes 1;"
    echo "pid $CLUSTER_WORK/nginx.pid;"
    echo "error_log $CLUSTER_WORK/nginx-error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    # No client address and no path in the log: a result's address is private.
    echo "  log_format nodes '\$msec \$request_method \$status \"\$upstream_addr\" \"\$upstream_status\"';"
    echo "  access_log $CLUSTER_WORK/nginx-access.log nodes;"
    echo "  client_body_temp_path $CLUSTER_WORK/nginx-tmp/body;"
    echo "  proxy_temp_path $CLUSTER_WORK/nginx-tmp/proxy;"
    echo "  fastcgi_temp_path $CLUSTER_WORK/nginx-tmp/fastcgi;"
    echo "  uwsgi_temp_path $CLUSTER_WORK/nginx-tmp/uwsgi;"
    echo "  scgi_temp_path $CLUSTER_WORK/nginx-tmp/scgi;"
    echo "  upstream crossroads {"
    # A node that refuses a connection is left out for 5 s, then tried again.
    for p in "${CLUSTER_APP_PORTS[@]}"; do
      echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=5s;"
    done
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$port;"
    echo "    client_max_body_size 1m;"
    echo "    location / {"
    echo "      proxy_pass http://crossroads;"
    echo "      proxy_set_header Host \$http_host;"
    echo "      proxy_set_header X-Forwarded-For \$remote_addr;"
    echo "      proxy_set_header X-Forwarded-Proto \$scheme;"
    echo "      proxy_set_header X-Forwarded-Port \$server_port;"
    # A request no node received goes to the next one; a POST a node received is never sent twice.
    echo "      proxy_next_upstream error timeout;"
    echo "      proxy_connect_timeout 2s;"
    # Which node answered, for the cluster test; leave it out in front of a public site.
    echo "      add_header X-Crossroads-Node \$upstream_addr always;"
    echo "    }"
    echo "  }"
    echo "}"
  } >"$conf"
}

# cluster_start NODES NGINX_PORT [APP ARGS...]
cluster_start() {
  local nodes=$1 port=$2 i; shift 2
  [[ $nodes =~ ^[1-9][0-9]?$ ]] || die "the number of nodes must be 1 to 99"
  ensure_tools curl:curl nginx:nginx-light
  local jar; jar=$(find_jar)
  CLUSTER_WORK=${CLUSTER_WORK:-$(mktemp -d /tmp/crossroads-cluster.XXXXXX)}
  mkdir -p "$CLUSTER_WORK/nginx-tmp"
  chmod 755 "$CLUSTER_WORK"
  for ((i = 1; i <= nodes; i++)); do
    CLUSTER_APP_PORTS+=($((port + i)))
    CLUSTER_MANAGEMENT_PORTS+=($((port + 100 + i)))
  done
  for p in "$port" "${CLUSTER_APP_PORTS[@]}" "${CLUSTER_MANAGEMENT_PORTS[@]}"; do
    cluster_port_free "$p" || die "port $p is in use: choose another nginx port"
  done

  pg_ensure_running
  CLUSTER_DB=${CLUSTER_DB:-crossroads_cluster}
  CLUSTER_DB_PASSWORD=$(random_password)
  pg_fresh_database "$CLUSTER_DB" "$CLUSTER_DB" "$CLUSTER_DB_PASSWORD"
  CLUSTER_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$CLUSTER_DB"

  # All nodes start together on the empty database, as after a deployment: Flyway's lock lets one
  # migrate, the first account is made once.
  log "starting $nodes nodes on ports ${CLUSTER_APP_PORTS[*]} (logs in $CLUSTER_WORK)"
  for ((i = 1; i <= nodes; i++)); do
    # shellcheck disable=SC2086
    SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL=$CLUSTER_JDBC_URL \
      SPRING_DATASOURCE_USERNAME=$CLUSTER_DB SPRING_DATASOURCE_PASSWORD=$CLUSTER_DB_PASSWORD \
      java ${CROSSROADS_JAVA_OPTS:--Xmx256m} -jar "$jar" \
      --server.address=127.0.0.1 --server.port="${CLUSTER_APP_PORTS[i - 1]}" \
      --management.server.address=127.0.0.1 --management.server.port="${CLUSTER_MANAGEMENT_PORTS[i - 1]}" \
      "$@" >"$CLUSTER_WORK/node$i.log" 2>&1 &
    CLUSTER_PIDS+=($!)
  done
  local waited
  for ((i = 1; i <= nodes; i++)); do
    for ((waited = 0; waited < 360; waited++)); do
      cluster_node_ready "${CLUSTER_APP_PORTS[i - 1]}" && break
      kill -0 "${CLUSTER_PIDS[i - 1]}" 2>/dev/null || { tail -n 40 "$CLUSTER_WORK/node$i.log" >&2; die "node $i stopped while starting"; }
      sleep 0.5
    done
    cluster_node_ready "${CLUSTER_APP_PORTS[i - 1]}" || die "node $i was not ready within 3 minutes (log: $CLUSTER_WORK/node$i.log)"
  done

  cluster_write_nginx_conf "$port"
  nginx -t -q -c "$CLUSTER_WORK/nginx.conf" -p "$CLUSTER_WORK" 2>"$CLUSTER_WORK/nginx-check.log" \
    || { cat "$CLUSTER_WORK/nginx-check.log" >&2; die "nginx refused its configuration"; }
  nginx -c "$CLUSTER_WORK/nginx.conf" -p "$CLUSTER_WORK" -g 'daemon off;' 2>>"$CLUSTER_WORK/nginx-error.log" &
  CLUSTER_NGINX_PID=$!
  for ((waited = 0; waited < 40; waited++)); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" 2>/dev/null && break
    sleep 0.25
  done
  curl -fs -o /dev/null "http://127.0.0.1:$port/readyz" || die "nginx does not answer on port $port"
  CLUSTER_URL="http://127.0.0.1:$port"
}

cluster_kill_node() {
  local pid=${CLUSTER_PIDS[$1 - 1]}
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cluster_stop() {
  local pid
  if [ -n "$CLUSTER_NGINX_PID" ]; then
    kill "$CLUSTER_NGINX_PID" 2>/dev/null || true
    wait "$CLUSTER_NGINX_PID" 2>/dev/null || true
    CLUSTER_NGINX_PID=
  fi
  # SIGTERM to all at once: each finishes its requests in flight (graceful shutdown).
  for pid in "${CLUSTER_PIDS[@]+"${CLUSTER_PIDS[@]}"}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${CLUSTER_PIDS[@]+"${CLUSTER_PIDS[@]}"}"; do
    local i
    for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  CLUSTER_PIDS=()
}

# cluster_drop_database: the database goes too (the test's; people keep theirs to look at).
cluster_drop_database() {
  pg_psql "-c 'DROP DATABASE IF EXISTS ${CLUSTER_DB:-crossroads_cluster}'" >/dev/null 2>&1 || true
}
