#!/usr/bin/env bash
# Makes NAME.txt (plain text) and NAME.medium.txt / NAME.heavy.txt (English-model OCR, as the
# seeds were read) for every NAME.md of fixtures/corpus/ that lacks them. Seeds are derived
# from the name, so a rerun gives the same files. Needs ../shared/tools/ocr-sim and its Debian
# packages (pango1.0-tools fonts-liberation imagemagick tesseract-ocr tesseract-ocr-eng).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=fixtures/corpus
ocr=../shared/tools/ocr-sim
for md in "$dir"/*.md; do
  name=$(basename "$md" .md)
  case "$name" in GOLD|SOURCES|README) continue;; esac
  [[ -f "$dir/$name.gold.json" ]] || continue
  txt="$dir/$name.txt"
  [[ -f "$txt" ]] || npx tsx scripts/corpus/to-text.ts "$md" > "$txt"
  seed=$(( 16#$(printf '%s' "$name" | sha256sum | cut -c1-6) % 100000 ))
  # Written under a temporary name and renamed: an interrupted run leaves no half variant behind.
  if [[ ! -f "$dir/$name.medium.txt" ]]; then
    "$ocr" --severity medium --seed "$seed" "$txt" "$dir/.$name.medium.tmp" && mv "$dir/.$name.medium.tmp" "$dir/$name.medium.txt"
  fi
  if [[ ! -f "$dir/$name.heavy.txt" ]]; then
    "$ocr" --severity heavy --seed "$((seed + 1))" "$txt" "$dir/.$name.heavy.tmp" && mv "$dir/.$name.heavy.tmp" "$dir/$name.heavy.txt"
  fi
done
