#!/bin/sh
# 1st gen: one request per instance at a time.
gcloud functions deploy hello --no-gen2 --runtime go122 --trigger-http --entry-point Hello --source .
