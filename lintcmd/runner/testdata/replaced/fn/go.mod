module example.com/fn

go 1.24

require (
	example.com/common v0.0.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/cloudevents/sdk-go/v2 v2.15.2
)

replace (
	example.com/common => ../common
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../../../testdata/stubs/functions-framework-go
	github.com/cloudevents/sdk-go/v2 => ../../../../../testdata/stubs/cloudevents
)
