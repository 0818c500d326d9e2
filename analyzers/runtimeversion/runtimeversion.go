package runtimeversion

import (
	_ "embed"
	"flag"
	"fmt"
	"go/token"
	"os"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/internal/suppress"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports go directives that name an unsupported runtime.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[config]{
		Name:     "runtimeversion",
		Doc:      doc,
		Requires: []*analysis.Analyzer{model},
		Flags: func(fs *flag.FlagSet, cfg *config) {
			fs.Var(&cfg.today, "today", "compare the runtime dates with this day, as `YYYY-MM-DD` (default: the current date)")
		},
		Run: func(pass *analysis.Pass, cfg *config) error { return run(pass, model, cfg) },
	})
}

// config holds an instance's options.
type config struct {
	today dateFlag // the day to judge the runtimes on
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

func (d *dateFlag) day() time.Time {
	if d.t.IsZero() {
		return time.Now().UTC().Truncate(24 * time.Hour)
	}
	return d.t
}

func run(pass *analysis.Pass, model *analysis.Analyzer, cfg *config) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	version := pass.Pkg.GoVersion()
	if pass.Module != nil && pass.Module.GoVersion != "" {
		version = pass.Module.GoVersion
	}
	minor, hasGo := knowledge.GoMinor(version)
	// go.mod is added to the file set only when a finding needs it.
	goMod := func() (goDirective, bool) {
		if pass.Module == nil || pass.Module.GoMod == "" {
			return goDirective{}, false
		}
		return directive(pass.Fset, pass.Module.GoMod)
	}
	// The runtimes the deployment files set; where they set every Cloud
	// Run function's, the go directive stands for none.
	if deployed(pass, m, cfg.today.day(), minor, hasGo, goMod) {
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
	if entry == nil || !hasGo {
		return nil
	}
	msg := judge(fmt.Sprintf("go.mod selects Go 1.%d", minor), minor, cfg.today.day())
	if msg == "" {
		return nil
	}
	if d, found := goMod(); found {
		// Every package of the module that declares entry points reports
		// this same diagnostic, which drivers that run them together
		// (fnlint, golangci-lint) print once.
		if !d.silenced {
			pass.Report(analysis.Diagnostic{Pos: d.pos, End: d.end, Message: msg})
		}
		return nil
	}
	// A driver that does not say where go.mod is (go vet before Go 1.27):
	// the package clause of the file that declares the entry point.
	if f := code.File(pass, entry.Pos); f != nil {
		pass.Reportf(f.Package, "%s", msg)
	}
	return nil
}

// A goDirective is where the go directive of a go.mod file is.
type goDirective struct {
	pos, end token.Pos
	// silenced: a //fnlint:ignore runtimeversion directive with a reason
	// on the go directive's line or the line above.
	silenced bool
}

// directive adds the go.mod file at path to fset and returns its go
// directive, if it has one.
func directive(fset *token.FileSet, path string) (goDirective, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return goDirective{}, false
	}
	f, err := modfile.ParseLax(path, data, nil)
	if err != nil || f.Go == nil {
		return goDirective{}, false
	}
	tf := fset.AddFile(path, -1, len(data))
	tf.SetLinesForContent(data)
	syntax := f.Go.Syntax
	d := goDirective{pos: tf.Pos(syntax.Start.Byte), end: tf.Pos(syntax.End.Byte)}
	for _, c := range append(syntax.Before, syntax.Suffix...) {
		if dir, ok := suppress.ParseComment(c.Token); ok && dir.Silences("runtimeversion") {
			d.silenced = true
		}
	}
	return d, true
}

// judge returns the diagnostic for a module on Go 1.minor on day, or
// "": subject says where the version comes from ("go.mod selects Go
// 1.20", "the deployment selects Go 1.20").
func judge(subject string, minor int, day time.Time) string {
	move := advice(day)
	if newest := knowledge.Runtimes[0]; minor > newest.Minor {
		return fmt.Sprintf("%s, newer than %s, the newest runtime fnlint knows; fnlint's runtime table is from %s: check the platform's runtime list for go1%d before deploying",
			subject, newest.ID, knowledge.RuntimesAsOf, minor)
	}
	for _, rt := range knowledge.Runtimes {
		if rt.Minor != minor {
			continue
		}
		dep, dec := rt.Deprecated, rt.Decommissioned
		switch {
		case passed(dec.Certain(), day):
			return fmt.Sprintf("%s: runtime %s was deprecated %s and decommissioned %s, so deployments fail; %s", subject, rt.ID, on(dep), on(dec), move)
		case passed(dec.Earliest(), day):
			return fmt.Sprintf("%s: runtime %s is decommissioned %s (the platform gives no day), after which deployments fail; %s", subject, rt.ID, on(dec), move)
		case passed(dep.Certain(), day):
			return fmt.Sprintf("%s: runtime %s is deprecated %s and gets no security updates; it is decommissioned %s; %s", subject, rt.ID, since(dep), on(dec), move)
		case passed(dep.Earliest(), day):
			return fmt.Sprintf("%s: runtime %s is deprecated %s (the platform gives no day), and then gets no security updates; it is decommissioned %s; %s", subject, rt.ID, on(dep), on(dec), move)
		}
	}
	return ""
}

// advice says which runtime to move to on day: the newest of the table,
// unless its deprecation has begun, when the table is too old to name
// one (an older row without published dates is no better).
func advice(day time.Time) string {
	if newest := knowledge.Runtimes[0]; !passed(newest.Deprecated.Earliest(), day) {
		return fmt.Sprintf("move to %s, the newest supported runtime", newest.ID)
	}
	return fmt.Sprintf("fnlint's runtime table is from %s: move to a runtime the platform's runtime list supports", knowledge.RuntimesAsOf)
}

// passed reports whether date is known and day is not before it.
func passed(date, day time.Time) bool { return !date.IsZero() && !day.Before(date) }

// on words a date after a verb: "on 2024-05-01", "between 2027-02 and
// 2027-03"; "on a date not yet published" for none.
func on(d knowledge.RuntimeDate) string {
	switch {
	case d.IsZero():
		return "on a date not yet published"
	case d.IsRange():
		return d.String()
	}
	return "on " + d.String()
}

// since words a date that has surely passed: "since 2024-05-01", "since
// 2027-02 or 2027-03".
func since(d knowledge.RuntimeDate) string {
	if d.IsRange() {
		return "since " + d.From + " or " + d.To
	}
	return "since " + d.String()
}
