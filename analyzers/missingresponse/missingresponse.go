package missingresponse

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports HTTP functions that return without responding.
var Analyzer = New(funcmodel.Analyzer, flowgraph.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model and the control-flow graphs of the given instances: drivers
// build one suite per configuration.
func New(model, graphs *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "missingresponse",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model, graphs},
		FactTypes: []analysis.Fact{new(writerFact)},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model, graphs) },
	})
}

// writes summarizes what a function does with a writer parameter.
type writes int

const (
	notWriter writes = iota // the parameter is not a writer
	never                   // never writes through it
	some                    // writes on some paths
	all                     // writes on every path that returns
)

func (w writes) String() string {
	return [...]string{"-", "never", "some", "all"}[w]
}

// writerFact summarizes a function's writer parameters. Escape is the
// position of a return that writes nothing through the first writer, for
// messages about entry points declared in other packages.
type writerFact struct {
	Params []writes
	Escape string
}

func (*writerFact) AFact() {}
func (f *writerFact) String() string {
	var parts []string
	for _, w := range f.Params {
		parts = append(parts, w.String())
	}
	return "writes " + strings.Join(parts, ",")
}

type checker struct {
	pass      *analysis.Pass
	m         *funcmodel.Model
	cfgs      *flowgraph.Graphs
	summaries map[*types.Func][]writes
}

func run(pass *analysis.Pass, model, graphs *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	c := &checker{
		pass:      pass,
		m:         m,
		cfgs:      pass.ResultOf[graphs].(*flowgraph.Graphs),
		summaries: make(map[*types.Func][]writes),
	}
	c.summarize()

	for _, e := range m.Entries {
		if e.Kind != knowledge.HTTP {
			continue
		}
		if e.Func == nil {
			c.reportImported(e)
			continue
		}
		w := writerParams(e.Func.Signature(pass.TypesInfo))
		if len(w) == 0 || w[0] != 0 {
			continue // not (w http.ResponseWriter, r *http.Request)
		}
		for _, exit := range c.silentExits(e.Func, 0) {
			if flowgraph.IsClosingBrace(exit) {
				pass.Reportf(exit.Pos(), "%s ends without writing a response: %s", handler(e), consequence(e))
			} else {
				pass.Reportf(exit.Pos(), "%s returns without writing a response: %s", handler(e), consequence(e))
			}
		}
	}
	return nil
}

// handler names the entry point's function in messages, with the route
// it serves or, for a function literal, the name it is registered
// with, which say more than "a function literal in main".
func handler(e *funcmodel.Entry) string {
	switch {
	case e.Route:
		return fmt.Sprintf("%s (route %q)", e.Func.Name(), e.Name)
	case e.Func.Obj == nil:
		return fmt.Sprintf("%s (entry point %q)", e.Func.Name(), e.Name)
	}
	return e.Func.Name()
}

// consequence says what the caller gets from an HTTP entry point that
// writes nothing, and what to do: net/http sends an empty 200 OK, and so
// does aws-lambda-go's lambdaurl for a Function URL (its wrapper writes
// the status when the handler returns); on Lambda the
// aws-lambda-go-api-proxy adapter finds no status code, answers 504 and
// fails the invocation ("Status code not set on response").
func consequence(e *funcmodel.Entry) string {
	if e.Platform == funcmodel.Lambda && !e.FunctionURL {
		return "the API Gateway adapter finds no status code, answers 504 Gateway Timeout and fails the invocation; write a status before every return"
	}
	return "the caller gets an empty 200 OK; write a response (http.Error on failure) before every return"
}

// reportImported reports, at its registration, an HTTP entry point
// declared in another package whose fact says it may not respond.
func (c *checker) reportImported(e *funcmodel.Entry) {
	var fact writerFact
	if e.Obj == nil || e.Judged || !c.pass.ImportObjectFact(e.Obj.Origin(), &fact) || len(fact.Params) == 0 {
		return
	}
	switch fact.Params[0] {
	case never:
		c.pass.Reportf(e.Pos, "%s never writes a response: %s", knowledge.ShortName(e.Obj), consequence(e))
	case some:
		c.pass.Reportf(e.Pos, "%s returns without writing a response at %s: %s", knowledge.ShortName(e.Obj), fact.Escape, consequence(e))
	}
}

// writerParams returns the indices of sig's parameters that can hold a
// response writer: interfaces with a Write([]byte) (int, error) method.
func writerParams(sig *types.Signature) []int {
	if sig == nil {
		return nil
	}
	var idx []int
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if !types.IsInterface(t) {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Write")
		if fn, ok := obj.(*types.Func); ok && fn.Signature().Params().Len() == 1 {
			idx = append(idx, i)
		}
	}
	return idx
}

// summary returns what fn does with its parameter index, from the
// package's summaries or an imported fact.
func (c *checker) summary(fn *types.Func, index int) (writes, bool) {
	fn = fn.Origin()
	params, ok := c.summaries[fn]
	if !ok {
		var fact writerFact
		if fn.Pkg() == c.pass.Pkg || !c.pass.ImportObjectFact(fn, &fact) {
			return 0, false
		}
		params = fact.Params
	}
	if index < 0 || index >= len(params) || params[index] == notWriter {
		return 0, false
	}
	return params[index], true
}

// summarize computes what every declared function of the package does
// with its writer parameters, to a fixed point (a call of a helper that
// never writes does not respond, so summaries depend on each other), and
// exports facts for the exported ones.
func (c *checker) summarize() {
	var funcs []*funcmodel.Func
	for _, f := range c.m.Funcs {
		if f.Obj == nil {
			continue
		}
		params := make([]writes, f.Obj.Signature().Params().Len())
		idx := writerParams(f.Obj.Signature())
		for _, i := range idx {
			params[i] = never
		}
		if len(idx) > 0 {
			c.summaries[f.Obj] = params
			funcs = append(funcs, f)
		}
	}
	escapes := make(map[*funcmodel.Func]string)
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			params := c.summaries[f.Obj]
			for i, w := range params {
				if w == notWriter {
					continue
				}
				var next writes
				exits := c.silentExits(f, i)
				switch {
				case len(exits) == 0:
					next = all
				case c.writesAnywhere(f, i):
					next = some
				default:
					next = never
				}
				if i == 0 && len(exits) > 0 {
					p := c.pass.Fset.Position(exits[0].Pos())
					escapes[f] = fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
				}
				if next != w {
					params[i] = next
					changed = true
				}
			}
		}
	}
	for _, f := range funcs {
		if f.Obj.Exported() {
			c.pass.ExportObjectFact(f.Obj, &writerFact{Params: c.summaries[f.Obj], Escape: escapes[f]})
		}
	}
}

// writerSet returns the writers of f's parameter index: the parameter and
// its aliases.
func (c *checker) writerSet(f *funcmodel.Func, index int) writers {
	params := f.Type().Params.List
	k := 0
	for _, field := range params {
		names := field.Names
		if len(names) == 0 {
			names = []*ast.Ident{nil}
		}
		for _, id := range names {
			if k == index {
				ws := make(writers)
				if id != nil {
					if obj := c.pass.TypesInfo.Defs[id]; obj != nil {
						ws[obj] = true
						c.aliases(f.Body(), ws)
					}
				}
				return ws
			}
			k++
		}
	}
	return nil
}

// writesAnywhere reports whether f writes through parameter index on any
// path.
func (c *checker) writesAnywhere(f *funcmodel.Func, index int) bool {
	return c.responds(f.Body(), c.writerSet(f, index))
}

// silentExits returns the returns of f (or its closing brace, for a path
// that falls off the end) reached by a path from entry on which nothing
// is written through parameter index.
func (c *checker) silentExits(f *funcmodel.Func, index int) []ast.Node {
	ws := c.writerSet(f, index)
	search := flowgraph.Search{CFGs: c.cfgs, Func: f, Guard: func(n ast.Node) bool { return c.responds(n, ws) }}
	if res := search.From(token.NoPos); res != nil {
		return res.Exits
	}
	return nil
}
