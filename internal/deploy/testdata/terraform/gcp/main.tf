data "archive_file" "src" {
  type        = "zip"
  source_dir  = "${path.module}/../../sam/orders"
  output_path = "/tmp/function.zip"
}

resource "google_storage_bucket_object" "src" {
  name   = "function-${data.archive_file.src.output_md5}.zip"
  bucket = google_storage_bucket.src.name
  source = data.archive_file.src.output_path
}

resource "google_cloudfunctions_function" "report" {
  name                  = "report"
  runtime               = "go121"
  entry_point           = "HandleReport"
  available_memory_mb   = 512
  timeout               = 120
  source_archive_bucket = google_storage_bucket.src.name
  source_archive_object = google_storage_bucket_object.src.name
  trigger_http          = true
  environment_variables = {
    PROJECT = var.project
  }
}

resource "google_cloudfunctions_function" "ingest" {
  name        = "ingest"
  runtime     = "go113"
  entry_point = "Ingest"
  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = google_pubsub_topic.in.name
  }
}

resource "google_cloudfunctions2_function" "api" {
  name     = "api"
  location = "us-central1"

  build_config {
    runtime     = "go122"
    entry_point = "API"
    source {
      storage_source {
        bucket = google_storage_bucket.src.name
        object = google_storage_bucket_object.src.name
      }
    }
  }

  service_config {
    max_instance_request_concurrency = 80
    available_memory                 = "1Gi"
    timeout_seconds                  = 60
    environment_variables = {
      MODE = "api"
    }
  }
}

resource "google_cloudfunctions2_function" "events" {
  name = "events"
  build_config {
    runtime     = var.go_runtime
    entry_point = "OnUpload"
  }
  service_config {
    max_instance_request_concurrency = local.concurrency
  }
  event_trigger {
    event_type = "google.cloud.storage.object.v1.finalized"
  }
}
