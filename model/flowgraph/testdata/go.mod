module example.com/fg

go 1.24

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/rs/zerolog v1.33.0
	github.com/sirupsen/logrus v1.9.3
	go.uber.org/zap v1.27.0
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/rs/zerolog => ../../../testdata/stubs/zerolog
	github.com/sirupsen/logrus => ../../../testdata/stubs/logrus
	go.uber.org/zap => ../../../testdata/stubs/zap
)
