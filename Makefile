# Thin wrapper over CMake presets; see README.md.
PRESET ?= dev
BUILD_DIR = build/$(PRESET)
DATA_DIR ?= var
ADDRESS ?= 127.0.0.1
PORT ?= 8080
JOBS ?= $(shell nproc)
TARGET ?= all

.PHONY: all deps build run test bench format lint clean

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake --preset $(PRESET) >/dev/null
	@cmake --build --preset $(PRESET) -j $(JOBS) --target $(TARGET)

# Builds an optimised binary and serves the demo plan from $(DATA_DIR).
run:
	@$(MAKE) --no-print-directory build PRESET=release TARGET=parindex
	@mkdir -p $(DATA_DIR)
	build/release/parindex --db $(DATA_DIR)/parindex.db serve --demo --address $(ADDRESS) --port $(PORT)

# Builds with sanitizers and warnings as errors, then runs every test.
test:
	@$(MAKE) --no-print-directory build PRESET=ci
	@ctest --preset ci -j $(JOBS)

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

lint: deps
	@cmake --preset dev >/dev/null
	@git ls-files 'src/*.cpp' | xargs clang-tidy -p build/dev --quiet

clean:
	rm -rf build
