module example.com/preview

go 1.24

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/aws/aws-sdk-go-v2 v0.7.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go-v2 => ../../../../testdata/stubs/modcache/github.com/aws/aws-sdk-go-v2@v0.7.0
)
