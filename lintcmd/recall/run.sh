#!/bin/bash
# run.sh runs fnlint on every module of modules.tsv and writes one
# fnlint -json output per module into $OUT, named as the scorer expects
# (owner+name.json, owner+name@dir_sub.json). The checkouts are in
# $SRC/owner+name (see README.md). Modules run one after another.
#
#	SRC=/path/to/checkouts OUT=/path/to/out FNLINT=/path/to/fnlint lintcmd/recall/run.sh
#
# MODULES names another list of the same format. Package patterns and
# flags are split at spaces.
set -u
: "${SRC:?set SRC}" "${OUT:?set OUT}" "${FNLINT:?set FNLINT}"
modules=${MODULES:-$(cd "$(dirname "$0")" && pwd)/modules.tsv}
mkdir -p "$OUT"
while IFS=$'\t' read -r repo dir pkgs flags; do
	case "$repo" in '' | '#'*) continue ;; esac
	name=${repo/\//+}
	[ "$dir" != "." ] && name="$name@${dir//\//_}"
	start=$(date +%s)
	(cd "$SRC/${repo/\//+}/$dir" && GOFLAGS=-mod=mod "$FNLINT" -json $flags $pkgs >"$OUT/$name.json" 2>"$OUT/$name.stderr")
	echo "$name rc=$? $(($(date +%s) - start))s"
done <"$modules"
