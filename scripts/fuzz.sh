#!/usr/bin/env bash
# `make fuzz`: an AFL++ campaign per target (FUZZ_TARGET=name, or every target in turn) of FUZZ_SECONDS each, on the
# readers' assemblies instrumented by SharpFuzz, seeded from tests/fuzz/corpus/<target>/. Installs afl++ (apt) and the
# SharpFuzz tool (into tests/fuzz/out/tools) when missing. Prints per target the executions, paths and crashes; each
# crash or hang found is minimised (afl-tmin) into the corpus as crash-<sha>/hang-<sha>, where the corpus replay test
# (make test) fails on it until the reader is fixed. Exits 1 when anything was found.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(safetensors npy idx cifar records config-json command-line)
SECONDS_PER_TARGET=${FUZZ_SECONDS:-600}
SELECTED=${FUZZ_TARGET:-all}
OUT=tests/fuzz/out
BIN=$OUT/bin
TOOLS=$OUT/tools
# Per input, in milliseconds: generous, since the machine may be shared; a hang is an input that needs more.
TIMEOUT_MS=${FUZZ_TIMEOUT_MS:-5000}
SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)

if ! command -v afl-fuzz >/dev/null; then
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q afl++
fi
if [ ! -x "$TOOLS/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$TOOLS"
fi

# The usual build, then a copy of the harness's output: instrumentation rewrites assemblies in place, which must never
# reach the test builds. (Not `dotnet build -o`: each plugin's build copies its output folder into the host's plugins.)
dotnet build tests/fuzz/Lottery.Fuzz/Lottery.Fuzz.csproj -c Release --nologo -v quiet
rm -rf "$BIN"
cp -r tests/fuzz/Lottery.Fuzz/bin/Release/net10.0 "$BIN"
# The readers' assemblies; the harness, the runtime and libtorch (native, so its crashes show as crashes) are not.
for assembly in Lottery.Torch Lottery.Host Lottery.Plugins.Vision; do
  "$TOOLS/sharpfuzz" "$BIN/$assembly.dll"
done

# dotnet itself is not instrumented (the assemblies it runs are); a shared machine has no core to spare for pinning,
# and its core_pattern and CPU governor are not ours to change.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# The harness starts .NET and loads libtorch before AFL's first input.
export AFL_FORKSRV_INIT_TMOUT=60000

stat() { sed -n "s/^$1 *: *//p" "$2"; }

found=0
[ "$SELECTED" = all ] && selected=("${TARGETS[@]}") || selected=("$SELECTED")
for target in "${selected[@]}"; do
  corpus=tests/fuzz/corpus/$target
  findings=$OUT/findings/$target
  [ -d "$corpus" ] || { echo "unknown target '$target': expected one of ${TARGETS[*]}" >&2; exit 2; }
  rm -rf "$findings"; mkdir -p "$OUT/findings"
  afl-fuzz -V "$SECONDS_PER_TARGET" -i "$corpus" -o "$findings" -t "$TIMEOUT_MS" -m none -- dotnet "$BIN/Lottery.Fuzz.dll" "$target" \
    > "$OUT/$target.log" 2>&1 || { tail -30 "$OUT/$target.log" >&2; exit 1; }
  stats=$findings/default/fuzzer_stats
  crashes=$(stat saved_crashes "$stats"); hangs=$(stat saved_hangs "$stats")
  echo "$target: $(stat run_time "$stats") s, $(stat execs_done "$stats") executions, $(stat corpus_count "$stats") paths, $crashes crashes, $hangs hangs"
  for kind in crashes hangs; do
    for input in "$findings/default/$kind"/id:*; do
      [ -f "$input" ] || continue
      found=1
      name=${kind%es}; name=${name%s}-$(sha256sum "$input" | cut -c1-12)
      # Hangs are kept as found: minimising one means waiting out the timeout at every step.
      if [ "$kind" = crashes ] && afl-tmin -i "$input" -o "$corpus/$name" -t "$TIMEOUT_MS" -m none -- dotnet "$BIN/Lottery.Fuzz.dll" "$target" >/dev/null 2>&1; then
        echo "  $corpus/$name (minimised from $input)"
      else
        cp "$input" "$corpus/$name"; echo "  $corpus/$name"
      fi
    done
  done
done
exit $found
