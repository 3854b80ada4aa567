#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine:
#   ./build.sh          install what is missing, build native + WASM, assemble dist/
#   ./build.sh serve    build, then serve dist/ on http://localhost:8000
#   ./build.sh test     build, then run every test (engine, CLI, WASM under node, browser)
#   ./build.sh bench    build, then measure speed and size (figures go in the README)
#   ./build.sh fuzz [SECONDS]  run every fuzz target for SECONDS each (default 60), inputs up to
#                       1 MB, with the dictionaries in fuzz/; logs in build/fuzz/fuzz_*.log
#   ./build.sh fuzz --runs=N   run every fuzz target for N executions each instead
#   FUZZ_TARGETS="csv answers" ./build.sh fuzz ...   run only the named targets
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
JOBS=$(nproc 2>/dev/null || echo 2)
PORT=${PORT:-8000}

# Debian's emscripten runs its JS optimizer with the machine's node, which must find Debian's acorn.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

say() { printf '\n== %s\n' "$*"; }

# --- Dependencies ---------------------------------------------------------------------------
APT_PACKAGES=(cmake g++ make catch2 rapidjson-dev emscripten node-acorn chromium nodejs npm python3
  clang libclang-rt-14-dev clang-format clang-tidy)

missing_packages() {
  local missing=()
  command -v cmake >/dev/null || missing+=(cmake)
  command -v g++ >/dev/null || missing+=(g++)
  command -v make >/dev/null || missing+=(make)
  [ -f /usr/include/catch2/catch.hpp ] || missing+=(catch2)
  [ -f /usr/include/rapidjson/document.h ] || missing+=(rapidjson-dev)
  command -v em++ >/dev/null || missing+=(emscripten)
  [ -d /usr/share/nodejs/acorn ] || missing+=(node-acorn)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  command -v python3 >/dev/null || missing+=(python3)
  command -v clang++ >/dev/null || missing+=(clang)
  command -v clang-format >/dev/null || missing+=(clang-format)
  command -v clang-tidy >/dev/null || missing+=(clang-tidy)
  ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 ||
    missing+=(libclang-rt-14-dev)
  echo "${missing[@]:-}"
}

ensure_deps() {
  local missing
  missing=$(missing_packages)
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "Installing: $missing"
      apt-get update -qq
      # shellcheck disable=SC2086
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    else
      echo "Missing packages: $missing" >&2
      echo "Run: sudo apt-get install -y ${APT_PACKAGES[*]}" >&2
      exit 1
    fi
  fi
  if [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] ||
     [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing build and test tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# --- Build ----------------------------------------------------------------------------------
build_native() {
  say "Native build (engine, CLI, tests)"
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native -j "$JOBS"
}

build_wasm() {
  say "WebAssembly build"
  export EM_CLOSURE_COMPILER=$ROOT/node_modules/google-closure-compiler-linux/compiler
  # emcmake's default emulator flag is rejected by node 20; CTest never runs WASM here anyway.
  emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DCROSSROADS_CLOSURE=ON \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node);--no-experimental-fetch" >/dev/null
  cmake --build build/wasm -j "$JOBS"
}

assemble_dist() {
  say "Assembling dist/"
  rm -rf dist
  mkdir -p dist build/web
  # app.js holds no words and no questionnaire: each language is a script of its own (lang/<code>.js:
  # the page's words and `crossroads questions --json --lang <code>`), so a first visit fetches its
  # language only, and Welcome and the statements show without the engine.
  node_modules/.bin/esbuild web/src/main.js --bundle --format=iife --minify --target=es2020 \
    --outfile=dist/app.js --log-level=warning
  node_modules/.bin/esbuild web/src/team/team_main.js --bundle --format=iife --minify \
    --target=es2020 --outfile=dist/team.js --log-level=warning
  cp web/index.html web/styles.css web/print.css web/manifest.webmanifest web/icon.svg dist/
  cp build/wasm/wasm/engine.js build/wasm/wasm/engine.wasm dist/
  node tools/make_wasm_script.js dist/engine.wasm dist/engine-wasm.js crossroadsEngineWasm
  node tools/make_language_scripts.js build/native/crossroads dist/lang build/web
  node tools/make_service_worker.js web/sw.js dist
}

build_all() {
  ensure_deps
  build_native
  build_wasm
  assemble_dist
  say "Built: build/native/crossroads and dist/ (open dist/index.html, or ./build.sh serve)"
}

# --- Commands -------------------------------------------------------------------------------
lint() {
  say "Format (clang-format) and static analysis (clang-tidy)"
  local sources=(assessment/src/*.cpp assessment/src/*.hpp assessment/include/crossroads/*.hpp
    cli/*.cpp cli/*.hpp
    wasm/*.cpp wasm/*.hpp fuzz/*.cpp tests/engine/*.cpp tests/engine/*.hpp)
  clang-format --dry-run --Werror "${sources[@]}"
  if ! clang-tidy -p build/native --quiet --warnings-as-errors='*' assessment/src/*.cpp cli/*.cpp \
    >build/clang-tidy.log 2>&1; then
    grep -v 'warnings generated' build/clang-tidy.log >&2
    return 1
  fi
  echo "clang-format and clang-tidy: clean"
}

run_tests() {
  build_all
  lint
  say "Engine and CLI tests (CTest)"
  (cd build/native && ctest --output-on-failure -j "$JOBS")
  if [ "${CROSSROADS_SKIP_SANITIZE:-0}" = 0 ]; then
    say "Engine tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    CC=clang CXX=clang++ cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Debug \
      -DCROSSROADS_SANITIZE=ON >/dev/null
    cmake --build build/sanitize -j "$JOBS" --target engine_tests
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
      build/sanitize/engine_tests --order rand --rng-seed 1
  fi
  if [ -d fuzz ]; then
    say "Fuzz targets, briefly"
    run_fuzz "${FUZZ_SECONDS_IN_TEST:-10}"
  fi
  say "Content: no uncredited text from the source articles"
  node --test tests/content/
  say "The published schema and the engine agree (${CROSSROADS_DIFF_CASES:-400} mutated files)"
  node --test tests/schema/
  say "WASM module under node"
  node --test tests/wasm/
  say "Browser tests (headless Chromium)"
  node --test --test-concurrency=1 tests/e2e/
}

serve() {
  build_all
  say "Serving dist/ on http://localhost:$PORT (Ctrl+C to stop)"
  exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
}

bench() {
  build_all
  say "Benchmarks"
  node bench/run.js
}

run_fuzz() {
  # $1: seconds per target, or --runs=N executions per target. One target at a time, one process.
  local limit
  case ${1:-60} in
    --runs=*) limit=-runs=${1#--runs=} ;;
    *) limit=-max_total_time=${1:-60} ;;
  esac
  if [[ ! $limit =~ ^-[a-z_]+=[0-9]+$ ]]; then
    echo "usage: ./build.sh fuzz [SECONDS | --runs=N]" >&2
    return 2
  fi
  # Optimised, as libFuzzer builds usually are (here 1.6 to 9 times the executions a second of
  # -O0), keeping ASan, UBSan and assertions (RapidJSON's too: no -DNDEBUG).
  CC=clang CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -fno-omit-frame-pointer" -DCROSSROADS_FUZZ=ON \
    >/dev/null
  cmake --build build/fuzz -j "$JOBS" --target fuzz_all
  local targets=() name
  for name in ${FUZZ_TARGETS:-}; do targets+=("build/fuzz/fuzz/fuzz_${name#fuzz_}"); done
  [ ${#targets[@]} -gt 0 ] || targets=(build/fuzz/fuzz/fuzz_*)
  for target in "${targets[@]}"; do
    if [ ! -x "$target" ]; then
      echo "No fuzz target $target (FUZZ_TARGETS takes: questionnaire answers share_link csv" \
        "result_file)" >&2
      return 2
    fi
    local corpus work dict
    name=$(basename "$target")
    corpus=fuzz/corpus/${name#fuzz_}
    work=build/fuzz/work/${name#fuzz_}
    case $name in
      fuzz_share_link | fuzz_csv) dict=fuzz/${name#fuzz_}.dict ;;
      *) dict=fuzz/json.dict ;;  # the other targets read JSON
    esac
    mkdir -p "$work"
    local log=build/fuzz/$name.log
    # Inputs up to 1 MB: long strings, deep nesting and big files are what the readers must
    # refuse cleanly. New inputs go to $work; the committed seeds in $corpus stay as they are.
    local status=0
    "$target" "$limit" -max_len=1048576 -dict="$dict" -print_final_stats=1 \
      -artifact_prefix=build/fuzz/ "$work" "$corpus" >"$log" 2>&1 || status=$?
    if [ "$status" = 72 ]; then  # libFuzzer's exit code when stopped by SIGINT or SIGTERM
      echo "STOPPED: $name was interrupted before the end of its run (log: $log)" >&2
      return 1
    elif [ "$status" != 0 ]; then
      tail -n 40 "$log"
      echo "FAIL: $name found a crash; the input is in build/fuzz/ (make it a Catch2 test)" >&2
      return 1
    fi
    local done_line rate corp
    done_line=$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" || true)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    corp=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -n 1 || true)
    echo "$name: $done_line ($rate exec/s, max_len 1048576, ${corp:-corp: ?}) without a finding"
  done
}

case "${1:-build}" in
  build) build_all ;;
  test) run_tests ;;
  serve) serve ;;
  bench) bench ;;
  fuzz) ensure_deps; run_fuzz "${2:-60}" ;;
  *) echo "usage: ./build.sh [build|serve|test|bench|fuzz [SECONDS | --runs=N]]" >&2; exit 2 ;;
esac
