// Package runsdk is a Cloud Run function that gives an AWS SDK for Go
// v2 call context.Background(): only the deadline is lost, Lambda's
// recursion detection is not the platform's.
package runsdk

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var uploads = s3.New(s3.Options{})

func init() { functions.HTTP("Upload", upload) }

func upload(w http.ResponseWriter, r *http.Request) {
	_, _ = uploads.PutObject(context.Background(), &s3.PutObjectInput{}) // want `\(\*s3.Client\).PutObject is given context.Background\(\) while the invocation's context is in scope: the call loses the invocation's deadline and can run past the function's timeout; pass r.Context\(\)$`
}
