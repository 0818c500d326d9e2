module example.com/crosspkg

go 1.24

require (
	cloud.google.com/go/storage v1.40.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/aws/aws-lambda-go v1.47.0
	github.com/cloudevents/sdk-go/v2 v2.15.2
)

replace (
	cloud.google.com/go/storage => ../../../../testdata/stubs/storage
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../../testdata/stubs/aws-lambda-go
	github.com/cloudevents/sdk-go/v2 => ../../../../testdata/stubs/cloudevents
)
