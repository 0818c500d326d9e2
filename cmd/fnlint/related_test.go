package main_test

import (
	"encoding/json"
	"maps"
	"path/filepath"
	"strings"
	"testing"
)

// relatedModule registers the name "H" twice: registration reports the
// second registration, with the first as its related position.
var relatedModule = map[string]string{
	"go.mod": ffMod,
	"fn.go": `package hard

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("H", a)
	functions.HTTP("H", b)
}

func a(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }

func b(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }
`,
}

const (
	relatedFinding = `fn.go:11:17: functions.HTTP registers the name "H" again (first at fn.go:10)`
	relatedLine    = `  related: fn.go:10:2: "H" first registered here`
)

// TestRelatedEverywhere: a finding's related position is in every
// output: the text (a related line below the finding), -json, SARIF
// (related locations and a code flow), go vet's JSON and the language
// server (relatedInformation).
func TestRelatedEverywhere(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, relatedModule) // the subtests only read it

	t.Run("text", func(t *testing.T) {
		t.Parallel()
		stdout, stderr, status := run(t, dir, binary, "-registration", "./...")
		lines := strings.Split(stdout, "\n")
		if status != 3 || stderr != "" || len(lines) != 3 || !strings.HasPrefix(lines[0], relatedFinding) || lines[1] != relatedLine {
			t.Errorf("status %d, stdout:\n%s\nstderr:\n%s\nwant status 3, the finding and below it %q", status, stdout, stderr, relatedLine)
		}
	})

	type related struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	type diag struct {
		Posn    string    `json:"posn"`
		Related []related `json:"related"`
	}
	checkJSON := func(t *testing.T, out string) {
		t.Helper()
		// go vet prints a tree for each package: merge them.
		tree := make(map[string]map[string][]diag)
		for dec := json.NewDecoder(strings.NewReader(out)); dec.More(); {
			var one map[string]map[string][]diag
			if err := dec.Decode(&one); err != nil {
				t.Fatalf("not the JSON tree: %v\n%s", err, out)
			}
			maps.Copy(tree, one)
		}
		diags := tree["example.com/hard"]["registration"]
		if len(diags) != 1 || len(diags[0].Related) != 1 {
			t.Fatalf("registration's diagnostics %+v, want one with one related position", tree)
		}
		r := diags[0].Related[0]
		if r.Posn != filepath.Join(dir, "fn.go")+":10:2" || r.End != filepath.Join(dir, "fn.go")+":10:24" || r.Message != `"H" first registered here` {
			t.Errorf("related %+v, want fn.go:10:2-10:24", r)
		}
	}
	t.Run("json", func(t *testing.T) {
		t.Parallel()
		stdout, _, _ := run(t, dir, binary, "-registration", "-json", "./...")
		checkJSON(t, stdout)
	})
	t.Run("go vet -json", func(t *testing.T) {
		t.Parallel()
		// Without -registration: go vet runs fnlint on every dependency
		// again for each set of flags, and the finding is registration's
		// among all the analyzers' alike.
		stdout, _, _ := run(t, dir, "go", "vet", "-vettool="+binary, "-json", "./...")
		checkJSON(t, stdout)
	})

	t.Run("sarif", func(t *testing.T) {
		t.Parallel()
		log, _ := sarifRun(t, dir, "./...") // validated against the schema
		for _, res := range log.Runs[0].Results {
			if res.RuleID != "registration" {
				continue
			}
			if len(res.RelatedLocations) != 1 || res.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI != "fn.go" || res.RelatedLocations[0].PhysicalLocation.Region.StartLine != 10 {
				t.Errorf("related locations %+v, want fn.go:10", res.RelatedLocations)
			}
			if len(res.CodeFlows) != 1 || len(res.CodeFlows[0].ThreadFlows[0].Locations) != 2 {
				t.Errorf("code flows %+v, want one of two steps", res.CodeFlows)
			}
			return
		}
		t.Errorf("no registration result in %+v", log.Runs[0].Results)
	})

	t.Run("lsp", func(t *testing.T) {
		t.Parallel()
		s := startLSP(t, dir)
		s.initialize(dir)
		uri := s.open(filepath.Join(dir, "fn.go"), 1)
		var got []lspRelated
		for _, d := range s.wait(uri).Diagnostics {
			if d.Code == "registration" {
				got = d.RelatedInformation
			}
		}
		if len(got) != 1 || got[0].Location.URI != uri || got[0].Location.Range.Start != (lspPosition{9, 1}) || got[0].Location.Range.End != (lspPosition{9, 23}) || got[0].Message != `"H" first registered here` {
			t.Errorf("relatedInformation %+v, want the first registration at 9:1-9:23 of %s", got, uri)
		}
		if status := s.exit(); status != 0 {
			t.Errorf("exit status %d", status)
		}
	})
}
