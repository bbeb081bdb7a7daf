#!/usr/bin/env bash
# Refresh the translation source (.ts) from the code and compile it (.qm).
#   tools/update_translations.sh            # lupdate + lrelease
#   tools/update_translations.sh --release  # lrelease only (after editing the .ts in Qt Linguist)
# Uses pyside6-lupdate / pyside6-lrelease next to the Python in use ($PYTHON, default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
BIN="$(dirname "$(command -v "$PYTHON")")"
LUPDATE="${LUPDATE:-$BIN/pyside6-lupdate}"
LRELEASE="${LRELEASE:-$BIN/pyside6-lrelease}"
OUT=resources/translations
LANGS=(zh)

if [[ "${1:-}" != "--release" ]]; then
    mapfile -t SOURCES < <(find src/etown_desktop/ui src/etown_desktop/app -name '*.py' | sort)
    for lang in "${LANGS[@]}"; do
        "$LUPDATE" -no-obsolete -locations none -source-language en -target-language "zh_CN" \
            "${SOURCES[@]}" -ts "$OUT/etown_${lang}.ts"
    done
fi
for lang in "${LANGS[@]}"; do
    "$LRELEASE" "$OUT/etown_${lang}.ts" -qm "$OUT/etown_${lang}.qm"
done
