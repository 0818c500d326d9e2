module example.com/multi

// Three packages declare entry points: the finding is one, here.
go 1.26 // want `go.mod selects Go 1.26: runtime go126 is deprecated since 2027-02 or 2027-03 and gets no security updates; it is decommissioned between 2027-08 and 2027-09; move to go127, the newest supported runtime`

require github.com/GoogleCloudPlatform/functions-framework-go v1.8.1

require github.com/cloudevents/sdk-go/v2 v2.15.2 // indirect

replace (
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../../testdata/stubs/functions-framework-go
	github.com/cloudevents/sdk-go/v2 => ../../../../testdata/stubs/cloudevents
)
