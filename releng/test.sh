#!/usr/bin/env bash
# All the tests: the Maven/Tycho build with every test bundle (UI tests under Xvfb), then a smoke test of the
# ./exhaustionlab launcher on the product just built. Ends with one summary line over everything.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify "$@" || status=$?
# The product was built from these very sources: let the launcher use it without rebuilding.
product=releng/org.exhaustionlab.product/target/products/org.exhaustionlab.product/linux/gtk/x86_64
smoke_passed=0; smoke_failed=0
if [ $status -eq 0 ] && [ -d "$product" ]; then
  touch "$product/.built-from-sources"
  out=$(releng/smoke-test.sh 2>&1); smoke_status=$?
  echo "$out"
  smoke_passed=$(echo "$out" | sed -n 's/^smoke: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
  smoke_failed=$(echo "$out" | sed -n 's/^smoke: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
  [ -n "$smoke_passed" ] || { smoke_passed=0; smoke_failed=1; }
  [ $smoke_status -eq 0 ] || status=1
fi
# Sum the surefire reports of every test bundle.
read -r tests failures errors skipped < <(cat bundles/*/target/surefire-reports/TEST-*.xml 2>/dev/null |
  grep -o '<testsuite [^>]*>' |
  awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]);
         if (kv[1] == "tests") t += kv[2]; else if (kv[1] == "failures") f += kv[2];
         else if (kv[1] == "errors") e += kv[2]; else if (kv[1] == "skipped") s += kv[2] } }
       END { print t + 0, f + 0, e + 0, s + 0 }')
failed=$((failures + errors + smoke_failed))
passed=$((tests - failures - errors - skipped + smoke_passed))
[ $status -eq 0 ] && [ $failed -gt 0 ] && status=1
[ $status -ne 0 ] && [ $failed -eq 0 ] && failed=1   # the build itself failed before or outside the tests
echo "Summary: $passed passed, $failed failed, $skipped skipped"
exit $status
