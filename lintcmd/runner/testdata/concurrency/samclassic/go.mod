module example.com/samclassic

go 1.24

require github.com/aws/aws-lambda-go v1.47.0

replace github.com/aws/aws-lambda-go => ../../../../../testdata/stubs/aws-lambda-go
