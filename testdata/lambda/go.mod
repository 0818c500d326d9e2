module example.com/orders

go 1.24

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/aws/aws-sdk-go-v2 v1.36.3
)

replace (
	github.com/aws/aws-lambda-go => ../stubs/aws-lambda-go
	github.com/aws/aws-sdk-go-v2 => ../stubs/aws-sdk-go-v2
)
