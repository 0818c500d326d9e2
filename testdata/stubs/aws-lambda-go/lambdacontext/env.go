package lambdacontext

import "os"

// The function's settings, read from the environment at init.
var (
	LogGroupName    string
	LogStreamName   string
	FunctionName    string
	FunctionVersion string
)

func init() {
	LogGroupName = os.Getenv("AWS_LAMBDA_LOG_GROUP_NAME")
	LogStreamName = os.Getenv("AWS_LAMBDA_LOG_STREAM_NAME")
	FunctionName = os.Getenv("AWS_LAMBDA_FUNCTION_NAME")
	FunctionVersion = os.Getenv("AWS_LAMBDA_FUNCTION_VERSION")
}
