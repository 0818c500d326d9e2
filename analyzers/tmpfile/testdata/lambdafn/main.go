// Command lambdafn is a Lambda function that writes files: Lambda's /tmp
// is ephemeral disk shared by the invocations of an environment, and
// the rest of the filesystem is read-only.
package main

import (
	"context"
	"fmt"
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
	name := fmt.Sprintf("manifest_%d.csv", len(ev.Records))
	if err := writeCSV(name); err != nil {
		return err
	}
	if err := upload(ctx, name); err != nil {
		return err
	}
	return writeLog(name)
}

// writeCSV writes the file that upload, which the handler calls with
// the same name, sends and removes.
func writeCSV(name string) error {
	f, err := os.Create(fmt.Sprintf("/tmp/%s", name)) // ok: upload(ctx, name) removes it after handler's writeCSV(name)
	if err != nil {
		return err
	}
	return f.Close()
}

func upload(ctx context.Context, name string) error {
	path := fmt.Sprintf("/tmp/%s", name)
	if _, err := os.ReadFile(path); err != nil {
		return err
	}
	return os.Remove(path)
}

// writeLog writes a file named after the same name, which no one
// removes.
func writeLog(name string) error {
	return os.WriteFile(fmt.Sprintf("/tmp/%s.log", name), nil, 0o600) // want `os.WriteFile creates a file that is never removed`
}

func main() {
	os.WriteFile("/tmp/started", nil, 0o600) // ok: main is not function code
	lambda.Start(handler)
}
