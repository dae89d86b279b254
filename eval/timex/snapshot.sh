#!/usr/bin/env bash
# Every timex output a change can move, written into one folder, so that a change is judged by comparing
# two snapshots (`diff -r`, or `diff` of the Reuters-21578 lines to read every value that moved):
#   tbaq.txt          TimeBank + AQUAINT scores with every miss, spurious and wrong value
#   wikiwars.txt      WikiWars, the same
#   news.txt          the hand-annotated news sample by batch, figures only (held-out batches stay unread)
#   reuters21578.tsv  every expression on the Reuters-21578 stories (eval/timex/reuters21578.ts)
#
#   bash eval/timex/snapshot.sh ../shared/data /tmp/snap-before
# Run it from the root of the checkout to measure (a git worktree of an older commit works the same way).
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: bash eval/timex/snapshot.sh DATA_DIR OUT_DIR" >&2; exit 2; fi
data=$1 out=$2
for need in timex/tbaq/timebank timex/tbaq/aquaint timex/wikiwars corpus/reuters21578; do
  [ -d "$data/$need" ] || { echo "error: $data/$need is not a folder (DATA_DIR is the shared data folder)" >&2; exit 2; }
done
mkdir -p "$out"
npx tsx eval/timex/main.ts "$data/timex/tbaq/timebank" "$data/timex/tbaq/aquaint" --errors 100000 > "$out/tbaq.txt"
npx tsx eval/timex/main.ts "$data/timex/wikiwars" --errors 100000 > "$out/wikiwars.txt"
npx tsx eval/timex/news/main.ts "$data" --by batch --worst 0 > "$out/news.txt"
npx tsx eval/timex/reuters21578.ts "$data/corpus/reuters21578" > "$out/reuters21578.tsv"
echo "snapshot in $out: $(grep -m1 '^all' "$out/tbaq.txt" | awk '{print "TimeBank+AQUAINT value F1 " $NF}'), $(wc -l < "$out/reuters21578.tsv") Reuters-21578 values"
