#!/bin/sh
gcloud functions deploy fn --runtime go122 \
  --entry-point "Broken
