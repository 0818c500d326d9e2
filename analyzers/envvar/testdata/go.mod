module example.com/ev

go 1.22

require (
	cloud.google.com/go/compute/metadata v0.3.0
	cloud.google.com/go/pubsub v1.0.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/aws/aws-lambda-go v1.47.0
	github.com/cloudevents/sdk-go/v2 v2.15.2
)

replace (
	cloud.google.com/go/compute/metadata => ../../../testdata/stubs/metadata
	cloud.google.com/go/pubsub => ../../../testdata/stubs/pubsub
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
)
