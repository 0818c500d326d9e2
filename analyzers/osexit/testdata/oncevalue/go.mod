module example.com/oncevalue

go 1.24

require (
	example.com/settings v1.0.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/cloudevents/sdk-go/v2 v2.15.2
)

replace (
	example.com/settings => ../../../../testdata/stubs/modcache/example.com/settings@v1.0.0
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../../testdata/stubs/functions-framework-go
	github.com/cloudevents/sdk-go/v2 => ../../../../testdata/stubs/cloudevents
)
