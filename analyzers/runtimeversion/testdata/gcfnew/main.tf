data "archive_file" "src" {
  type        = "zip"
  source_dir  = path.module
  output_path = "/tmp/fn.zip"
}

resource "google_storage_bucket_object" "src" {
  name   = "fn.zip"
  bucket = "functions-src"
  source = data.archive_file.src.output_path
}

resource "google_cloudfunctions_function" "hello" {
  name                  = "hello"
  runtime               = "go122" # ok: supported
  entry_point           = "Hello"
  source_archive_bucket = "functions-src"
  source_archive_object = google_storage_bucket_object.src.name
  trigger_http          = true
}
