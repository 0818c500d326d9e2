module github.com/epsagon/epsagon-go

go 1.22

require github.com/aws/aws-lambda-go v1.47.0
