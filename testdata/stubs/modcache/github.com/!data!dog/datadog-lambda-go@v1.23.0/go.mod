module github.com/DataDog/datadog-lambda-go

go 1.22
