// Command lambdafn is a Lambda function that writes files: Lambda's /tmp
// is ephemeral disk shared by the invocations of an environment, and
// the rest of the filesystem is read-only.
package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context, ev events.SQSEvent) error {
	f, err := os.CreateTemp("", "batch-*") // want `os.CreateTemp creates a temporary file that is never removed: Lambda's /tmp is ephemeral disk \(512 MB by default, up to 10 GB\) shared by the invocations of the execution environment and kept across them, so it fills up; remove it before returning \(defer os.Remove\)`
	if err != nil {
		return err
	}
	defer f.Close()
	os.WriteFile("report.json", nil, 0o600)     // want `os.WriteFile writes to the relative path "report.json", in the function's code directory, which is read-only on Lambda: it fails at run time; write under os.TempDir\(\) \(/tmp\)`
	os.WriteFile("/var/task/state", nil, 0o600) // want `os.WriteFile writes to /var/task/state, outside /tmp, the only writable directory on Lambda: it fails at run time`
	scratch, _ := os.MkdirTemp("", "scratch-*") // ok: removed below
	defer os.RemoveAll(scratch)
	os.WriteFile(filepath.Join(scratch, "part"), nil, 0o600) // ok: under a directory removed when the handler returns
	return nil
}

func main() {
	os.WriteFile("/tmp/started", nil, 0o600) // ok: main is not function code
	lambda.Start(handler)
}
