module example.com/nd

go 1.23

require (
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/aws/aws-lambda-go v1.47.0
	github.com/aws/aws-sdk-go v1.55.5
	github.com/cloudevents/sdk-go/v2 v2.15.2
	google.golang.org/api v0.244.0
)

replace (
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go => ../../../testdata/stubs/aws-sdk-go
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
	google.golang.org/api => ../../../testdata/stubs/modcache/google.golang.org/api@v0.244.0
)
