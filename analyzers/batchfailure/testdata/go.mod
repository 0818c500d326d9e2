module example.com/bf

go 1.24

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/m-mizutani/golambda v1.1.3
	github.com/sirupsen/logrus v1.9.3
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/m-mizutani/golambda => ../../../testdata/stubs/modcache/github.com/m-mizutani/golambda@v1.1.3
	github.com/sirupsen/logrus => ../../../testdata/stubs/logrus
)
