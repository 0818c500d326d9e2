module example.com/eff

go 1.24

require github.com/GoogleCloudPlatform/functions-framework-go v1.8.1

require github.com/cloudevents/sdk-go/v2 v2.15.2 // indirect

replace (
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
)
