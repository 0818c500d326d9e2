#!/bin/sh
# Run from this directory, as the CI workflow does.
gcloud functions deploy fn --gen2 --runtime go122 --trigger-http --source=.
