resource "aws_lambda_function" "broken" {
  runtime = "go1.x"
  handler =
  timeout = 10
}
