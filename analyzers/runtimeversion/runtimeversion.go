package runtimeversion

import (
	_ "embed"
	"fmt"
	"go/ast"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/options"
	"github.com/fnlint/fnlint/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports go directives that name an unsupported runtime.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	a := suppress.Check("runtimeversion", doc, []*analysis.Analyzer{model},
		func(pass *analysis.Pass) error { return run(pass, model) })
	a.Flags.Var(new(dateFlag), "today", "compare the runtime dates with this day, as `YYYY-MM-DD` (default: the current date)")
	return a
}

// dateFlag is a YYYY-MM-DD flag; its zero value means the current date.
type dateFlag struct{ t time.Time }

func (d *dateFlag) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d *dateFlag) Set(s string) error {
	if s == "" {
		d.t = time.Time{}
		return nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return fmt.Errorf("want a date as YYYY-MM-DD: %w", err)
	}
	d.t = t
	return nil
}

// Get returns the flag's value, a *dateFlag.
func (d *dateFlag) Get() any { return d }

func (d *dateFlag) day() time.Time {
	if d.t.IsZero() {
		return time.Now().UTC().Truncate(24 * time.Hour)
	}
	return d.t
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	var entry *funcmodel.Entry
	for _, e := range m.Entries {
		// Lambda's runtime is a deploy setting, not the go directive; an
		// entry point judged in its own package (a cmd/ main registering
		// the function package's handler) is reported there.
		if e.Platform != funcmodel.Lambda && !e.Judged {
			entry = e
			break
		}
	}
	if entry == nil {
		return nil
	}
	minor, ok := goMinor(pass.Pkg.GoVersion())
	if !ok {
		return nil
	}
	var file *ast.File
	for _, f := range pass.Files {
		if f.FileStart <= entry.Pos && entry.Pos < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return nil
	}
	if msg := judge(minor, options.Get(pass, "today").(*dateFlag).day()); msg != "" {
		pass.Reportf(file.Package, "%s", msg)
	}
	return nil
}

// goMinor returns the minor version of a Go version such as "go1.21" or
// "go1.21.0".
func goMinor(v string) (int, bool) {
	v, ok := strings.CutPrefix(v, "go1.")
	if !ok {
		return 0, false
	}
	if i := strings.IndexAny(v, ".rc"); i >= 0 {
		v = v[:i]
	}
	n, err := strconv.Atoi(v)
	return n, err == nil
}

// judge returns the diagnostic for a module on Go 1.minor on day, or "".
func judge(minor int, day time.Time) string {
	newest := knowledge.Runtimes[0]
	if minor > newest.Minor {
		return fmt.Sprintf("go.mod selects Go 1.%d, newer than any runtime the platform offers: deployment fails; set the go directive to 1.%d for %s, the newest supported runtime", minor, newest.Minor, newest.ID)
	}
	for _, rt := range knowledge.Runtimes {
		if rt.Minor != minor {
			continue
		}
		deprecated, decommissioned := date(rt.Deprecated), date(rt.Decommissioned)
		switch {
		case !decommissioned.IsZero() && !day.Before(decommissioned):
			return fmt.Sprintf("go.mod selects Go 1.%d: runtime %s was deprecated on %s and decommissioned on %s, so deployments fail; move to %s, the newest supported runtime", minor, rt.ID, rt.Deprecated, rt.Decommissioned, newest.ID)
		case !deprecated.IsZero() && !day.Before(deprecated):
			return fmt.Sprintf("go.mod selects Go 1.%d: runtime %s is deprecated since %s and gets no security updates; it is decommissioned on %s; move to %s, the newest supported runtime", minor, rt.ID, rt.Deprecated, rt.Decommissioned, newest.ID)
		}
	}
	return ""
}

// date parses "YYYY-MM-DD" or "YYYY-MM"; it returns the zero time for "".
func date(s string) time.Time {
	for _, layout := range []string{time.DateOnly, "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
