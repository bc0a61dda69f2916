#!/usr/bin/env bash
# Runs clang-format (the repo's .clang-format) over the C++ sources in place.
# With --check it changes nothing and exits 1 when a file would change.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=(-i)
[ "${1:-}" = "--check" ] && mode=(--dry-run -Werror)
mapfile -t files < <(git ls-files -co --exclude-standard -- 'app/*.cpp' 'app/*.h' 'hub/*.cpp' 'hub/*.h' 'verify/*.cpp' 'verify/*.h' 'tests/*.cpp' 'tests/*.h' 'tools/*.cpp')
[ ${#files[@]} -eq 0 ] && exit 0
clang-format "${mode[@]}" "${files[@]}"
echo "format: ${#files[@]} files"
