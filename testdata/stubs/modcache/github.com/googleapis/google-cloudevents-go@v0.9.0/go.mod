module github.com/googleapis/google-cloudevents-go

go 1.22
