#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."

REGION=us-central1

gcloud functions deploy report \
  --gen2 \
  --runtime=go122 \
  --region="$REGION" \
  --source=./sam/orders \
  --entry-point HandleReport \
  --trigger-http \
  --concurrency 40 \
  --memory=512MB \
  --timeout=120s \
  --set-env-vars "MODE=report,BUCKET=reports-prod"

gcloud beta functions deploy "$NAME" --no-gen2 --runtime go121 --trigger-topic orders --entry-point=OnOrder --update-env-vars=A=1

gcloud run deploy api --function=API --source . --base-image=us-central1-docker.pkg.dev/serverless-runtimes/google-22-full/runtimes/go122 --concurrency=80 --set-env-vars="STAGE=$STAGE,LOG=info"
gcloud run deploy web --image gcr.io/p/web # a service, not a function

(cd sam/stream && CGO_ENABLED=0 go build -trimpath -o ../../bin/stream .)
go build -C sam/orders -o "$OUT" ./

gcloud functions deploy dyn --trigger-http --$GEN2 "$@"
