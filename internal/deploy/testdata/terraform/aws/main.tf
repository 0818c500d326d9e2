resource "aws_lambda_function" "api" {
  function_name = "orders-api"
  runtime       = var.runtime
  handler       = "bootstrap"
  filename      = data.archive_file.api.output_path
  timeout       = 30
  memory_size   = 1024

  ephemeral_storage {
    size = 2048
  }

  environment {
    variables = {
      TABLE_NAME = aws_dynamodb_table.orders.name
      LOG_LEVEL  = "info"
      "REGION"   = "eu-west-1"
    }
  }
}

resource "aws_lambda_function" "worker" {
  function_name = "orders-worker"
  runtime       = "go1.x"
  handler       = "worker"
  s3_bucket     = "artifacts"
  s3_key        = "worker-${var.release}.zip"

  environment {
    variables = merge(local.common_env, { MODE = "worker" })
  }

  capacity_provider_config {
    lambda_managed_instances_capacity_provider_config {
      capacity_provider_arn                     = aws_lambda_capacity_provider.main.arn
      per_execution_environment_max_concurrency = 16
    }
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn        = aws_sqs_queue.jobs.arn
  function_name           = aws_lambda_function.worker.arn
  function_response_types = ["ReportBatchItemFailures"]
}

resource "aws_lambda_event_source_mapping" "stream" {
  event_source_arn  = aws_dynamodb_table.orders.stream_arn
  function_name     = "orders-worker"
  starting_position = "LATEST"
}

resource "aws_lambda_event_source_mapping" "elsewhere" {
  event_source_arn        = "arn:aws:kinesis:us-east-1:123456789012:stream/clicks"
  function_name           = var.consumer_arn
  function_response_types = var.response_types
}

resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE"
  invoke_mode        = "RESPONSE_STREAM"
}

module "notifier" {
  source  = "terraform-aws-modules/lambda/aws"
  version = "~> 7.0"

  function_name = "notifier"
  handler       = "bootstrap"
  runtime       = "provided.al2"
  source_path   = "${path.module}/../../sam/stream"
  timeout       = 5
  environment_variables = {
    TOPIC = "alerts"
  }
  create_lambda_function_url = true
  event_source_mapping = {
    sqs = {
      event_source_arn        = aws_sqs_queue.jobs.arn
      function_response_types = ["ReportBatchItemFailures"]
    }
  }
}

data "aws_sqs_queue" "external" {
  name = "external"
}

resource "aws_lambda_event_source_mapping" "external" {
  event_source_arn = data.aws_sqs_queue.external.arn
  function_name    = aws_lambda_function.api.arn
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.worker.function_name
  function_version = "1"
}

resource "aws_lambda_event_source_mapping" "alias" {
  event_source_arn        = aws_kinesis_stream.clicks.arn
  function_name           = aws_lambda_alias.live.arn
  function_response_types = ["ReportBatchItemFailures"]
}
