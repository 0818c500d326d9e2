module github.com/GoogleCloudPlatform/functions-framework-go

go 1.22

require github.com/cloudevents/sdk-go/v2 v2.15.2

replace github.com/cloudevents/sdk-go/v2 => ../cloudevents
