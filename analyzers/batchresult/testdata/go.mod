module example.com/br

go 1.22

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/aws/aws-sdk-go v1.55.5
	github.com/aws/aws-sdk-go-v2 v1.30.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go => ../../../testdata/stubs/aws-sdk-go
	github.com/aws/aws-sdk-go-v2 => ../../../testdata/stubs/aws-sdk-go-v2
)
