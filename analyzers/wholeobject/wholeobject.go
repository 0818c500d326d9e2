package wholeobject

import (
	_ "embed"
	"flag"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/defuse"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports whole storage objects read into memory per
// invocation; it reports only with -wholeobject.enable.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[config]{
		Name:      "wholeobject",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.ParamFact[read])},
		Flags: func(fs *flag.FlagSet, cfg *config) {
			fs.BoolVar(&cfg.enable, "enable", false, "report whole storage objects read into memory (off by default: most objects functions read whole are small)")
		},
		Run: func(pass *analysis.Pass, cfg *config) error { return run(pass, model, cfg) },
	})
}

// config holds an instance's options.
type config struct {
	enable bool // report at all
}

// read is the sink of the values given to parameters: a call that
// reads the whole stream it is given into memory.
type read struct {
	Func string // "io.ReadAll"
}

func (read) Label() string    { return "reads a whole stream via" }
func (r read) String() string { return r.Func }

func run(pass *analysis.Pass, model *analysis.Analyzer, cfg *config) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local || pass.Pkg == nil {
		return nil
	}
	o := &origins{info: pass.TypesInfo, locals: make(map[ast.Node]*defuse.Locals)}
	flow := effects.FollowParams(pass, m, effects.ParamSpec[read]{
		Sink: func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, read, bool) {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return nil, read{}, false
			}
			fn := knowledge.Callee(pass.TypesInfo, call)
			i, ok := knowledge.ReadsWhole(fn)
			if !ok || i >= len(call.Args) {
				return nil, read{}, false
			}
			return []ast.Expr{call.Args[i]}, read{Func: knowledge.ShortName(fn)}, true
		},
		Param: func(f *funcmodel.Func, e ast.Expr) *types.Var {
			_, p := o.of(f, e)
			return p
		},
		Carry: funcmodel.Edge.Runs,
	})
	if !cfg.enable {
		return nil // the facts are exported all the same, for the packages that import this one
	}
	for _, s := range flow.Sites {
		if s.Func == nil || !s.Func.PerInvocation() {
			continue
		}
		store, _ := o.of(s.Func, s.Value)
		if store == 0 {
			continue
		}
		what := s.Cause.Func + " reads the whole " + store.String() + " into memory on every invocation"
		d := analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End()}
		if s.Path != nil {
			what = effects.Explain(s.Path) + ", which reads the whole " + store.String() + " given to it into memory with " + s.Cause.Func + " on every invocation"
			if at := effects.Pos(pass, s.At); at.IsValid() {
				d.Related = []analysis.RelatedInformation{{Pos: at, Message: s.Cause.Func + " reads the whole stream here"}}
			}
		}
		d.Message = what + ": " + limit(m.PlatformOf(s.Func)) + "; stream it instead (json.NewDecoder(r).Decode, io.Copy to where it goes, a bufio.Scanner), or bound the read with io.LimitReader"
		pass.Report(d)
	}
	return nil
}

// limit says, for the platforms p, what a whole object in memory risks.
func limit(p funcmodel.Platform) string {
	const (
		cloudRun = "the instance's memory limit holds it (the filesystem is in memory too), along with the objects of the requests served beside it, and an object too large ends the instance with an out-of-memory error"
		lambda   = "the function's memory setting holds it, and an object too large ends the invocation with an out-of-memory error"
	)
	switch {
	case p&funcmodel.CloudRun != 0 && p&funcmodel.Lambda != 0:
		return "on Cloud Run functions " + cloudRun + "; on AWS Lambda " + lambda
	case p&funcmodel.Lambda != 0:
		return lambda
	}
	return cloudRun
}

// origins finds where the values read come from, through the local
// variables of each declaration (see internal/defuse).
type origins struct {
	info   *types.Info
	locals map[ast.Node]*defuse.Locals // by declaration
}

// of returns the store whose object e, an expression of f's code,
// streams (knowledge.ObjectReader), following local variables that are
// given one value; or else the parameter of f or of a function
// enclosing it whose value e is; or neither.
func (o *origins) of(f *funcmodel.Func, e ast.Expr) (knowledge.ObjectStore, *types.Var) {
	root := f
	for root.Parent != nil {
		root = root.Parent
	}
	l, ok := o.locals[root.Node]
	if !ok {
		l = defuse.Of(o.info, root.Body())
		o.locals[root.Node] = l
	}
	for range 8 { // a bound on chains of copies
		if s, ok := knowledge.ObjectReader(o.info, e); ok {
			return s, nil
		}
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return 0, nil
		}
		v, ok := o.info.Uses[id].(*types.Var)
		if !ok {
			return 0, nil
		}
		if isParam(o.info, f, v) {
			if l.Defined(v) {
				return 0, nil // given another value in the body
			}
			return 0, v
		}
		d, ok := l.Single(v)
		if !ok || d.Elem {
			return 0, nil
		}
		if d.Index >= 0 {
			// r, err := obj.NewReader(ctx): the result's own type.
			if sig, ok := o.info.TypeOf(ast.Unparen(d.Value).(*ast.CallExpr).Fun).Underlying().(*types.Signature); ok && d.Index < sig.Results().Len() {
				if knowledge.IsObjectReaderType(sig.Results().At(d.Index).Type()) {
					return knowledge.GCS, nil
				}
			}
			return 0, nil
		}
		e = d.Value
	}
	return 0, nil
}

// isParam reports whether v is a parameter of f or of a function
// enclosing it.
func isParam(info *types.Info, f *funcmodel.Func, v *types.Var) bool {
	for g := f; g != nil; g = g.Parent {
		if sig := g.Signature(info); sig != nil {
			for p := range sig.Params().Variables() {
				if p == v {
					return true
				}
			}
		}
	}
	return false
}
