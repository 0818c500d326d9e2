# Cloud Run functions whose code is in packages below the module root,
# deployed from an archive of their directory.

data "archive_file" "report" {
  type        = "zip"
  source_dir  = "${path.module}/report"
  output_path = "/tmp/report.zip"
}

resource "google_storage_bucket_object" "report" {
  name   = "report.zip"
  bucket = "functions-src"
  source = data.archive_file.report.output_path
}

resource "google_cloudfunctions_function" "report" {
  name                  = "report"
  runtime               = "go122"
  entry_point           = "HandleRequest"
  source_archive_bucket = "functions-src"
  source_archive_object = google_storage_bucket_object.report.name
  trigger_http          = true
}

data "archive_file" "ingest" {
  type        = "zip"
  source_dir  = "${path.module}/ingest"
  output_path = "/tmp/ingest.zip"
}

resource "google_storage_bucket_object" "ingest" {
  name   = "ingest.zip"
  bucket = "functions-src"
  source = data.archive_file.ingest.output_path
}

resource "google_cloudfunctions_function" "ingest" {
  name                  = "ingest"
  runtime               = "go122"
  entry_point           = "Ingest"
  source_archive_bucket = "functions-src"
  source_archive_object = google_storage_bucket_object.ingest.name
  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/p/topics/in"
  }
}

data "archive_file" "mismatch" {
  type        = "zip"
  source_dir  = "${path.module}/mismatch"
  output_path = "/tmp/mismatch.zip"
}

resource "google_storage_bucket_object" "mismatch" {
  name   = "mismatch.zip"
  bucket = "functions-src"
  source = data.archive_file.mismatch.output_path
}

resource "google_cloudfunctions_function" "mismatch" {
  name                  = "mismatch"
  runtime               = "go122"
  entry_point           = "Serve"
  source_archive_bucket = "functions-src"
  source_archive_object = google_storage_bucket_object.mismatch.name
  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/p/topics/in"
  }
}
