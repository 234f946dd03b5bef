#!/usr/bin/env bash
# Runs the ./exhaustionlab launcher as a user would, on the product already built, and checks outputs and exit codes.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export EXHAUSTIONLAB_HOME="$tmp/home"
passed=0; failed=0
check() { # name, expected exit code, command...
  local name=$1 want=$2; shift 2
  local got=0; "$@" > "$tmp/out" 2> "$tmp/err" || got=$?
  if [ "$got" = "$want" ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "smoke FAILED: $name: exit $got, expected $want"; head -n 20 "$tmp/out" "$tmp/err"; fi
}
contains() { # name, file, text
  if grep -qF -- "$3" "$2"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "smoke FAILED: $1: '$3' not in $2:"; head -n 20 "$2"; fi
}
check "--help" 0 ./exhaustionlab --help;                    contains "--help lists demo" "$tmp/out" "demo"
check "version" 0 ./exhaustionlab version;                  contains "version" "$tmp/out" "ExhaustionLab 0.1.0"
check "data demo" 0 ./exhaustionlab data demo --symbol BTCUSDT --bars 100000 --out "$tmp/btc.csv"
contains "data demo wrote" "$tmp/out" "wrote 100,000 BTCUSDT 1m bars"
check "data inspect" 0 ./exhaustionlab data inspect "$tmp/btc.csv"
printf 'time,open,high,low,close,volume\n2024-01-01T00:00:00Z,100,101,99,100,1\n2024-01-01T00:01:00Z,100,101,99,100,-5\n' > "$tmp/bad.csv"
check "malformed CSV" 2 ./exhaustionlab data inspect "$tmp/bad.csv"
contains "malformed CSV names file and line" "$tmp/err" "bad.csv:3"
check "demo" 0 ./exhaustionlab demo --bars 20000;           contains "demo summary" "$tmp/out" "SOLUSDT"
printf '//@version=6\nindicator("Smoke")\nplot(ta.smaa(close, 14))\n' > "$tmp/bad.pine"
check "check a script with a mistake" 1 ./exhaustionlab check "$tmp/bad.pine"
contains "check names line and column" "$tmp/out" "bad.pine:3:9: error:"
check "run squeeze momentum" 0 ./exhaustionlab run pine/indicators/squeeze_momentum.pine --data "$tmp/btc.csv" --plots "$tmp/sqz.csv"
contains "plots CSV header" "$tmp/sqz.csv" "time,Momentum,Squeeze"
check "unknown command" 2 ./exhaustionlab frobnicate
echo "smoke: $passed passed, $failed failed"
[ $failed -eq 0 ]
