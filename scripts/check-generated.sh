#!/usr/bin/env bash
# Fails when regenerating the schema or the web's typed documents changes a committed file.
set -euo pipefail
paths=(apps/api/schema.graphql apps/web/src/gql)
changed=$(git status --porcelain -- "${paths[@]}")
if [ -n "$changed" ]; then
  echo "$changed"
  echo "Generated files are stale: run 'pnpm codegen' and commit the result."
  exit 1
fi
echo "Generated files are up to date."
