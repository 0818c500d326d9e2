# Terraform 0.11 syntax, still found in repositories.
resource "google_cloudfunctions_function" "build" {
  name                  = "build"
  source_archive_bucket = "${google_storage_bucket.functions.name}"
  source_archive_object = "${google_storage_bucket_object.build_function.name}"
  runtime               = "go111"
  available_memory_mb   = 128
  entry_point           = "Build"
  timeout               = 30

  event_trigger = {
    event_type = "providers/cloud.pubsub/eventTypes/topic.publish"
    resource   = "${google_pubsub_topic.build_triggers.name}"
  }

  environment_variables = {
    CONFIG_SRC = "gs://config/build.yaml"
  }
}
