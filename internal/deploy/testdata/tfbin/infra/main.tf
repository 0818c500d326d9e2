data "archive_file" "api" {
  type        = "zip"
  source_file = "${path.module}/../dist/bootstrap"
  output_path = "${path.module}/api.zip"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = data.archive_file.api.output_path
}
