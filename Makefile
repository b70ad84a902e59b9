# LotteryHost: `make demo` runs the demo experiment, `make test` runs every test.
# Both install what is missing first (Debian packages; root or sudo), then build.
# `make pack` writes the packages plugin authors build against to artifacts/packages (PACKAGES_DIR).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

CONFIGURATION ?= Release
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
# libtorch (CPU, with CMake config), OpenBLAS for fast linear layers (Debian's default BLAS is the
# slow reference one), the embedded default data, the native toolchain, and Prometheus (the metrics tests
# run the real server and promtool against the host's /metrics).
APT_PACKAGES := libtorch-dev libopenblas0-openmp dataset-fashion-mnist cmake g++ make prometheus
BENCH_PACKAGES := python3-torch
# Slurm and munge: the tests that submit sweeps start a real single-node cluster (docs/slurm.md).
TEST_PACKAGES := slurm-wlm munge

.PHONY: all deps bench-deps test-deps native build pack demo test test-fast bench clean fuzz fuzz-seeds

all: build

# $(call apt_install,PACKAGES): installs those not installed yet.
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q; \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	fi
endef

deps:
	$(call apt_install,$(APT_PACKAGES))

test-deps: deps
	$(call apt_install,$(TEST_PACKAGES))

bench-deps: deps
	@dpkg -s $(BENCH_PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -q; DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $(BENCH_PACKAGES); }

# The native library alone (dotnet build also runs this step when its sources changed).
native: deps
	cmake -S torch/native -B torch/native/build -DCMAKE_BUILD_TYPE=Release $(if $(TORCH_DIR),-DTORCH_DIR=$(TORCH_DIR))
	cmake --build torch/native/build --parallel

build: deps
	dotnet build LotteryHost.sln -c $(CONFIGURATION) --nologo -v minimal

# Lottery.Contracts and Lottery.Torch (with its native library) as NuGet packages, in a local folder that
# a plugin made from plugin-template/ names as its package source (docs/writing-a-plugin.md).
PACKAGES_DIR ?= artifacts/packages
pack: deps
	dotnet pack LotteryHost.Packages.slnf -c $(CONFIGURATION) --nologo -v minimal -o $(PACKAGES_DIR)

# The default experiment (appsettings.json) with the pools stage on top. The pools settings live in
# examples/demo-pools.json rather than appsettings.json, which every other configuration layers on.
demo: build
	./lottery run --config examples/demo-pools.json

# Every test, the slow end-to-end ones included; prints "N passed, N failed" at the end.
# python3-torch too, so the bench smoke test runs its PyTorch side (it builds the C++ side itself).
test: build bench-deps test-deps
	dotnet test LotteryHost.sln -c $(CONFIGURATION) --no-build --nologo 2>&1 | tee .test-output.log
	@./scripts/test-summary.sh .test-output.log

# Everything but the tests marked [Trait("Category", "Slow")].
test-fast: build
	dotnet test LotteryHost.sln -c $(CONFIGURATION) --no-build --nologo --filter "Category!=Slow"

# Side-by-side benchmarks (bench/README.md): ours, PyTorch and libtorch C++ interleaved on the same libtorch.
# BENCH_THREADS sets every implementation's thread count; BENCH_DEVICE=cuda runs them on a CUDA libtorch.
BENCH_THREADS ?= 1
BENCH_DEVICE ?= cpu
BENCH_RUN = dotnet bench/Lottery.Bench/bin/$(CONFIGURATION)/net10.0/Lottery.Bench.dll run --threads $(BENCH_THREADS) --device $(BENCH_DEVICE)

.PHONY: bench-cpp bench-quick

# The C++ side, built with CMake against the same libtorch as torch/native (TORCH_DIR selects another).
bench-cpp: deps
	cmake -S bench/cpp -B bench/cpp/build -DCMAKE_BUILD_TYPE=Release $(if $(TORCH_DIR),-DTORCH_DIR=$(TORCH_DIR))
	cmake --build bench/cpp/build --parallel

# Every workload with the issue's sizes (long: tens of minutes on 2 cores).
bench: build bench-deps bench-cpp
	$(BENCH_RUN) --mode full

# Every workload, fewer rounds and smaller counts: a few minutes on 2 cores.
bench-quick: build bench-deps bench-cpp
	$(BENCH_RUN) --mode quick

# Fuzzing the readers of every file the framework did not write (docs/reliability.md): FUZZ_TARGET=safetensors|npy|idx|
# cifar|records|config-json|command-line (default: each in turn), FUZZ_SECONDS per target (default 600). Installs afl++
# and the SharpFuzz tool when missing. A long campaign, not CI: make test replays the corpus it leaves.
fuzz: deps
	FUZZ_TARGET=$(FUZZ_TARGET) FUZZ_SECONDS=$(FUZZ_SECONDS) ./scripts/fuzz.sh

FUZZ_TARGET ?= all
FUZZ_SECONDS ?= 600

# Rewrites the seed files of tests/fuzz/corpus/ with the framework's writers (after a format change); crashers stay.
fuzz-seeds: build
	dotnet tests/fuzz/Lottery.Fuzz/bin/$(CONFIGURATION)/net10.0/Lottery.Fuzz.dll seed tests/fuzz/corpus .

clean:
	dotnet clean LotteryHost.sln --nologo -v quiet || true
	rm -rf torch/native/build bench/cpp/build $(PACKAGES_DIR)
