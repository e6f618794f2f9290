#!/usr/bin/env bash
# Runs every test of the solution, after installing what a fresh machine lacks:
# the local Cosmos server and the third-party OAuth client (npm ci), and Debian's Chromium.
# Ends with one line of totals: "N passed, N failed" (", N skipped" when any were).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

for package in tests/cosmos-server:@vercel/cosmosdb-server tests/oauth-client:openid-client; do
  folder=${package%%:*}
  if [ ! -d "$folder/node_modules/${package#*:}" ]; then
    npm ci --prefix "$folder" --no-audit --no-fund || exit 1
  fi
done

if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium || exit 1
fi

# Each test project writes its own TRX file under tests/<project>/TestResults; the totals come from them.
rm -rf tests/*/TestResults
dotnet test Sandbox.sln --logger "console;verbosity=normal" --logger trx "$@"
status=$?

count() { grep -ho "<Counters [^>]*>" tests/*/TestResults/*.trx 2>/dev/null | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" | awk "{ s += \$1 } END { print s + 0 }"; }
passed=$(count passed); failed=$(count failed); skipped=$(count notExecuted)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status before reporting a failed test (build error or crashed test host)."
fi

# The console log is long; name the failures again just above the totals, where a truncated log still shows them.
if [ "$failed" -gt 0 ]; then
  echo "Failed tests:"
  grep -ho '<UnitTestResult [^>]*outcome="Failed"[^>]*>' tests/*/TestResults/*.trx | grep -o 'testName="[^"]*"' | sed 's/^testName="\(.*\)"$/  \1/'
fi

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
