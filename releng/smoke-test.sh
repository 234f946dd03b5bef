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
one_line() { # name, file
  if [ "$(grep -c . "$2")" = 1 ]; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "smoke FAILED: $1: $2 has $(grep -c . "$2") lines:"; head -n 20 "$2"; fi
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
# Add-ons: install the OKX feed from the update site into a copy of the product, see it, uninstall it; a feature
# that does not exist is refused and the product still starts.
site="$PWD/releng/org.exhaustionlab.site/target/repository"
if [ -d "$site" ]; then
  cp -r releng/org.exhaustionlab.product/target/products/org.exhaustionlab.product/linux/gtk/x86_64 "$tmp/product"
  copy() { java -Dexhaustionlab.home="$tmp/home" -jar "$tmp"/product/plugins/org.eclipse.equinox.launcher_*.jar -nosplash \
    -application org.exhaustionlab.cli.app -data @none "$@"; }
  check "plugins install" 0 copy plugins install "$site" org.exhaustionlab.feed.okx.feature
  check "feeds after install" 0 copy data feeds;           contains "OKX feed listed" "$tmp/out" "okx-spot"
  check "plugins list" 0 copy plugins list;                contains "feature listed" "$tmp/out" "org.exhaustionlab.feed.okx.feature"
  check "plugins uninstall" 0 copy plugins uninstall org.exhaustionlab.feed.okx.feature
  check "feeds after uninstall" 0 copy data feeds
  if grep -q okx-spot "$tmp/out"; then failed=$((failed + 1)); echo "smoke FAILED: okx-spot still listed"; else passed=$((passed + 1)); fi
  printf '//@version=6\nindicator("xl")\nplot(xl.zscore(close, 20), "z")\n' > "$tmp/xl.pine"
  check "xl.* unknown before the pack" 1 copy check "$tmp/xl.pine"
  check "install the indicator pack" 0 copy plugins install "$site" org.exhaustionlab.indicators.pack.feature
  check "xl.* checks after install" 0 copy check "$tmp/xl.pine"
  check "xl.* runs after install" 0 copy run "$tmp/xl.pine" --data "$tmp/btc.csv" --plots "$tmp/xl.csv"
  contains "xl plot written" "$tmp/xl.csv" "time,z"
  check "install the Anthropic provider" 0 copy plugins install "$site" org.exhaustionlab.llm.anthropic.feature
  check "plugins list after provider install" 0 copy plugins list
  contains "Anthropic provider listed" "$tmp/out" "anthropic"
  check "a missing add-on is refused" 2 copy plugins install "$site" org.exhaustionlab.nothing.feature
  contains "refusal says why" "$tmp/err" "refused"
  check "the product still starts" 0 copy version
  # A FitnessFunction add-on: unknown before install, selectable after, refused again after uninstall.
  printf '%s\n' '//@version=6' 'strategy("Cross", initial_capital = 10000)' \
    'fastLen = input.int(10, "Fast", minval = 2, maxval = 30)' 'slowLen = input.int(40, "Slow", minval = 20, maxval = 120, step = 5)' \
    'if ta.crossover(ta.sma(close, fastLen), ta.sma(close, slowLen))' '    strategy.entry("L", strategy.long)' \
    'if ta.crossunder(ta.sma(close, fastLen), ta.sma(close, slowLen))' '    strategy.entry("S", strategy.short)' > "$tmp/cross.pine"
  tune=(optimize "$tmp/cross.pine" --demo BTCUSDT --demo-bars 2000 --population 4 --generations 1 --threads 1)
  check "CALMAR unknown before the fitness pack" 2 copy "${tune[@]}" --fitness CALMAR
  contains "unknown fitness named" "$tmp/err" "unknown fitness function 'CALMAR'"
  check "install the fitness pack" 0 copy plugins install "$site" org.exhaustionlab.fitness.pack.feature
  check "fitness functions listed" 0 copy optimize --list-fitness; contains "CALMAR listed" "$tmp/out" "CALMAR"
  check "optimize --fitness CALMAR" 0 copy "${tune[@]}" --fitness CALMAR
  contains "optimised with CALMAR" "$tmp/out" "fitness CALMAR"
  check "plugins list with the fitness pack" 0 copy plugins list; contains "SORTINO in plugins list" "$tmp/out" "SORTINO"
  check "uninstall the fitness pack" 0 copy plugins uninstall org.exhaustionlab.fitness.pack.feature
  check "CALMAR refused after uninstall" 2 copy "${tune[@]}" --fitness CALMAR
  contains "refusal names the function" "$tmp/err" "unknown fitness function 'CALMAR'"
  # Broken add-ons: refused with one line and nothing changes; one that installs but never resolves harms nothing.
  releng/broken-addons-site.sh "$tmp/broken"
  check "plugins list before broken add-ons" 0 copy plugins list; cp "$tmp/out" "$tmp/list-before"
  check "an add-on needing a missing package version is refused" 2 copy plugins install "$tmp/broken" org.exhaustionlab.broken.needspackage.feature
  contains "refusal names the missing package" "$tmp/err" "org.exhaustionlab.optimize [7.0.0,8.0.0)"
  one_line "refusal is one line" "$tmp/err"
  check "an add-on for a newer platform is refused" 2 copy plugins install "$tmp/broken" org.exhaustionlab.broken.newerplatform.feature
  contains "refusal names the platform" "$tmp/err" "org.exhaustionlab.platform.feature"
  one_line "refusal is one line" "$tmp/err"
  check "plugins list after the refusals" 0 copy plugins list
  if cmp -s "$tmp/out" "$tmp/list-before"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "smoke FAILED: plugins list changed by refused add-ons"; diff "$tmp/list-before" "$tmp/out"; fi
  check "the product starts after the refusals" 0 copy version
  check "an add-on whose bundle cannot resolve installs" 0 copy plugins install "$tmp/broken" org.exhaustionlab.broken.unresolvable.feature
  check "the product starts with it" 0 copy version
  check "the services still come up with it" 0 copy data feeds; contains "demo feed listed" "$tmp/out" "demo"
  check "plugins list with it" 0 copy plugins list; contains "unresolvable feature listed" "$tmp/out" "org.exhaustionlab.broken.unresolvable.feature"
  contains "unresolved bundle reported" "$tmp/out" "org.exhaustionlab.broken.unresolvable 1.0.0 does not resolve"
  check "uninstall it" 0 copy plugins uninstall org.exhaustionlab.broken.unresolvable.feature
fi
echo "smoke: $passed passed, $failed failed"
[ $failed -eq 0 ]
