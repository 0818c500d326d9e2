module example.com/wo

go 1.22

require (
	cloud.google.com/go/storage v1.40.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/aws/aws-lambda-go v1.47.0
	github.com/aws/aws-sdk-go v1.55.5
	github.com/aws/aws-sdk-go-v2 v1.36.3
	github.com/cloudevents/sdk-go/v2 v2.15.2
)

replace (
	cloud.google.com/go/storage => ../../../testdata/stubs/storage
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go => ../../../testdata/stubs/aws-sdk-go
	github.com/aws/aws-sdk-go-v2 => ../../../testdata/stubs/aws-sdk-go-v2
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
)
