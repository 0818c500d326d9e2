package recursivetrigger_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/recursivetrigger"
	"github.com/fnlint/fnlint/model/funcmodel"
)

func TestRecursiveTrigger(t *testing.T) {
	// The 1st-gen functions of gcsfn and gcsguard lie below the module
	// root: the flag makes them entry points, as it does for such
	// functions in real modules.
	model := funcmodel.New(funcmodel.Config{})
	var entries []string
	for _, fn := range []string{"gcsfn.Thumbnail", "gcsfn.Resize", "gcsfn.Copy", "gcsfn.Archive", "gcsfn.Read", "gcsfn.Deep", "gcsfn.Field", "gcsfn.Move",
		"gcsguard.Prefix", "gcsguard.Helper", "gcsguard.Marked", "gcsguard.Local", "gcsguard.InSink"} {
		entries = append(entries, "cloudrun:example.com/rt/"+fn)
	}
	if err := model.Flags.Set("entry", strings.Join(entries, ",")); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), recursivetrigger.New(model), "./...")
}
