#!/usr/bin/env bash
# Adds up `dotnet test`'s per-assembly result lines into one plain "N passed, N failed" line.
set -euo pipefail
log="$1"
awk '
  /(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") failed += $(i + 1) + 0
      if ($i == "Passed:") passed += $(i + 1) + 0
      if ($i == "Skipped:") skipped += $(i + 1) + 0
    }
    found = 1
  }
  END {
    if (!found) { print "no test results found in the output"; exit 1 }
    printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped
    exit failed > 0 ? 1 : 0
  }' "$log"
