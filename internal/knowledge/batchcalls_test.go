package knowledge

import (
	"slices"
	"testing"
)

// TestBatchOutputsFailures checks that every batch output names the
// fields that list or count its failed entries, among those whose
// reading checks the failures.
func TestBatchOutputsFailures(t *testing.T) {
	for k, b := range batchOutputs {
		if len(b.Failures) == 0 {
			t.Errorf("%s.%s: no Failures", k.Service, k.Type)
		}
		for _, f := range b.Failures {
			if !slices.Contains(b.Checks, f) {
				t.Errorf("%s.%s: Failures names %s, which is not in Checks %v", k.Service, k.Type, f, b.Checks)
			}
		}
	}
}
