# Cloud Run functions deployed from packages of one module, whose go
# directive (1.23) is newer than two functions' runtime: the archive of
# the module root ships go.mod, the archive of report/ does not.

data "archive_file" "summary" {
  type        = "zip"
  source_dir  = path.module
  output_path = "/tmp/summary.zip"
}

resource "google_storage_bucket_object" "summary" {
  name   = "summary.zip"
  bucket = "functions-src"
  source = data.archive_file.summary.output_path
}

resource "google_cloudfunctions_function" "summary" {
  name                  = "summary"
  runtime               = "go121" # want `go.mod requires Go 1.23, newer than runtime go121 \(Go 1.21\): the platform builds the function with Go 1.21, which does not build a module that requires a newer Go; deploy on go123 or later, or lower the go directive`
  entry_point           = "Summary"
  source_archive_bucket = "functions-src"
  source_archive_object = google_storage_bucket_object.summary.name
  trigger_http          = true
}

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
  runtime               = "go121" # ok: the archive of report/ holds no go.mod, so the platform never reads the go directive
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
  runtime               = "go120" # want `the deployment selects Go 1.20: runtime go120 is deprecated since 2024-05-01 and gets no security updates; it is decommissioned on 2025-05-01`
  entry_point           = "Ingest"
  source_archive_bucket = "functions-src"
  source_archive_object = google_storage_bucket_object.ingest.name
  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/p/topics/in"
  }
}
