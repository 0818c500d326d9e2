#!/bin/sh
# 2nd gen with 80 requests at once per instance.
gcloud functions deploy hello --gen2 --runtime go122 --trigger-http --entry-point Hello --concurrency 80 --source .
