module go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda

go 1.22

require github.com/aws/aws-lambda-go v1.47.0
