module example.com/tf

go 1.22

require (
	cloud.google.com/go/logging v1.9.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/aws/aws-lambda-go v1.47.0
	github.com/cloudevents/sdk-go/v2 v2.15.2
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda v0.49.0
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda/xrayconfig v0.49.0
	go.opentelemetry.io/otel/sdk v1.24.0
)

replace (
	cloud.google.com/go/logging => ../../../testdata/stubs/modcache/cloud.google.com/go/logging@v1.9.0
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda => ../../../testdata/stubs/modcache/go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda@v0.49.0
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda/xrayconfig => ../../../testdata/stubs/modcache/go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda/xrayconfig@v0.49.0
	go.opentelemetry.io/otel/sdk => ../../../testdata/stubs/modcache/go.opentelemetry.io/otel/sdk@v1.24.0
)
