package clientperrequest_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/clientperrequest"
)

func TestClientPerRequest(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), clientperrequest.Analyzer, "./...")
}

// TestPreviewSDK runs on a module of the preview AWS SDK for Go v2
// (v0.7.0), whose configuration loader is external.LoadDefaultAWSConfig,
// not the released SDK's config.LoadDefaultConfig; one go.mod holds one
// version of the SDK.
func TestPreviewSDK(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "preview"), clientperrequest.Analyzer, "./...")
}
