variable "runtime" {
  type    = string
  default = "provided.al2023"
}

data "archive_file" "api" {
  type        = "zip"
  source_dir  = "${path.module}/../../sam/orders"
  output_path = "${path.module}/build/api.zip"
}
