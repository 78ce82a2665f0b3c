# Thin wrapper over CMake presets and the web build; see README.md.
PRESET ?= dev
BUILD_DIR = build/$(PRESET)
DATA_DIR ?= var
ADDRESS ?= 127.0.0.1
PORT ?= 8080
# The demo plan is the 2025 one: make run replays it as of this day.
TODAY ?= 2025-11-20
JOBS ?= $(shell nproc)
TARGET ?= all

.PHONY: all deps build web run test bench format lint clean

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake --preset $(PRESET) >/dev/null
	@cmake --build --preset $(PRESET) -j $(JOBS) --target $(TARGET)

# The browser application (web/dist), served by parindex.
web: deps
	@cd web && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run --silent build

# Builds an optimised binary and the web application, then serves the demo plan from $(DATA_DIR).
run: web
	@$(MAKE) --no-print-directory build PRESET=release TARGET=parindex
	@mkdir -p $(DATA_DIR)
	build/release/parindex --db $(DATA_DIR)/parindex.db serve --demo --today $(TODAY) \
		--web-root web/dist --address $(ADDRESS) --port $(PORT)

# Builds with sanitizers and warnings as errors, builds the web application, runs every test.
test: web
	@$(MAKE) --no-print-directory build PRESET=ci
	@ctest --preset ci -j $(JOBS)

# Throughput, latency and memory of the HTTP API, then the dossier import and indicator engine
# against the sqlite3 shell, then a province of wards on a throwaway PostgreSQL server (see
# bench/README.md; DOSSIER_BENCH_COUNT sets the number of dossiers, PROVINCE_BENCH_WARDS and
# PROVINCE_BENCH_DOSSIERS the province's size). All run even when the HTTP bench misses a
# target; its exit status is kept.
bench: web
	@$(MAKE) --no-print-directory build PRESET=release \
		TARGET="parindex dossier_bench province_bench"
	@status=0; bench/http_bench.sh build/release/parindex || status=$$?; \
		bench/dossier_bench.sh build/release && bench/province_bench.sh build/release && \
		exit $$status

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

lint: deps
	@cmake --preset dev >/dev/null
	@git ls-files 'src/*.cpp' | xargs clang-tidy -p build/dev --quiet

clean:
	rm -rf build
