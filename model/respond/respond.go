// Package respond answers, for every analyzer that asks, one question:
// has the HTTP response been written here? It defines an Analyzer whose
// result says, for a function with a response writer parameter, which
// of its returns a path reaches on which nothing was written through
// the writer (missingresponse's question), and in which states of the
// response (unwritten, maybe written, written) control reaches each
// statement (osexit's fixer's question).
//
// Both answers rest on one classification of what a statement does with
// the writer (uses.go): nothing (w.Header(), a comparison, an alias), may
// write (a call fnlint cannot see into, a closure, a deferred call, a
// value stored away) or writes (w.Write, http.Error, fmt.Fprintf, a
// helper that writes on every path for certain). A helper's part in it
// is its summary, one per writer parameter: it writes on every path that
// returns for certain (must), may write on every path (all: a JSON
// encoder writes nothing when the value does not marshal), may write on
// some (some), or never writes. Summaries of the package are computed to
// a fixed point, exported as facts (effects.Fact of a Summary cause) for
// the exported functions, and read for other packages through
// effects.Imported, the path by which the effect engine reads the facts
// and the summaries a driver kept of a dependency; a third-party
// dependency analyzed from source (funcmodel.Model.Summarized) is
// summarized too. The summaries are not the effect engine's chains:
// they are a must/may property per parameter, computed on
// the control-flow graph, where the engine propagates "some call reaches
// a cause"; the engine's parameter facts, when they exist, are the place
// to move them to.
package respond

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// Analyzer summarizes what the functions of a package do with their
// response writers, over the default instances of the execution model.
var Analyzer = New(funcmodel.Analyzer, flowgraph.Analyzer)

// New returns an instance of the analyzer over the given instances of
// the execution model and of its control-flow graphs: a suite shares
// one instance between the checks that ask about responses.
func New(model, graphs *analysis.Analyzer) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:       "respond",
		Doc:        "summarize what functions do with their HTTP response writers",
		Requires:   []*analysis.Analyzer{model, graphs},
		FactTypes:  []analysis.Fact{new(effects.Fact[Summary])},
		ResultType: reflect.TypeFor[*Result](),
	}
	a.Run = func(pass *analysis.Pass) (any, error) { return run(pass, model, graphs) }
	return a
}

// Writes says what a function does with one of its parameters.
type Writes uint8

const (
	NotWriter Writes = iota // the parameter cannot hold a response writer
	Never                   // never writes through it
	Some                    // may write through it on some paths
	All                     // may write through it on every path that returns
	Must                    // writes through it on every path that returns, for certain
)

func (w Writes) String() string {
	return [...]string{"-", "never", "some", "all", "must"}[w]
}

// A Summary is the cause of the writer effect: what a function does with
// each of its parameters, and, for messages about an entry point
// declared in another package, the position (file:line) of a return
// that writes nothing through its first parameter.
type Summary struct {
	Params []Writes
	Escape string
}

// Label names the effect in facts ("writes the response all,-") and in the summaries
// a driver keeps.
func (Summary) Label() string { return "writes the response" }

func (s Summary) String() string {
	parts := make([]string, len(s.Params))
	for i, w := range s.Params {
		parts[i] = w.String()
	}
	return strings.Join(parts, ",")
}

// A Result holds the writer summaries of a package's functions and of
// the functions of other packages its code calls. It does not change
// after the analyzer's run, so the analyzers that read it may do so
// concurrently.
type Result struct {
	info      *types.Info
	graphs    *flowgraph.Graphs
	summaries map[*types.Func][]Writes
	escapes   map[*types.Func]string
	imported  map[*types.Func]Summary
}

func run(pass *analysis.Pass, model, graphs *analysis.Analyzer) (any, error) {
	m := pass.ResultOf[model].(*funcmodel.Model)
	r := &Result{
		info:      pass.TypesInfo,
		graphs:    pass.ResultOf[graphs].(*flowgraph.Graphs),
		summaries: make(map[*types.Func][]Writes),
		escapes:   make(map[*types.Func]string),
		imported:  make(map[*types.Func]Summary),
	}
	if !m.Local && !m.Summarized || pass.TypesInfo == nil {
		return r, nil
	}
	r.importAll(pass, m)
	r.summarize(pass, m)
	return r, nil
}

// importAll reads, once, the summaries of the functions of other
// packages that the package's code calls with a writer parameter, and of
// the entry points it registers from other packages, so that the result
// needs no pass once the run is over.
func (r *Result) importAll(pass *analysis.Pass, m *funcmodel.Model) {
	seen := make(map[*types.Func]bool)
	add := func(fn *types.Func) {
		fn = fn.Origin()
		if seen[fn] || fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
			return
		}
		seen[fn] = true
		if len(WriterParams(fn.Signature())) == 0 {
			return
		}
		if ch, ok := effects.Imported[Summary](pass, m, fn); ok {
			r.imported[fn] = ch.Cause
		}
	}
	for _, f := range m.Funcs {
		f.Inspect(func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if fn := knowledge.Callee(pass.TypesInfo, call); fn != nil {
					add(fn)
				}
			}
			return true
		})
	}
	for _, e := range m.Entries {
		if e.Obj != nil {
			add(e.Obj)
		}
	}
}

// WriterParams returns the indices of sig's parameters that can hold a
// response writer: interfaces with a Write([]byte) (int, error) method.
func WriterParams(sig *types.Signature) []int {
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

// Param returns what fn does with its parameter index, from the
// package's summaries or another package's, and false when fn is not
// summarized or the parameter is no writer.
func (r *Result) Param(fn *types.Func, index int) (Writes, bool) {
	fn = fn.Origin()
	params, ok := r.summaries[fn]
	if !ok {
		params = r.imported[fn].Params
	}
	if index < 0 || index >= len(params) || params[index] == NotWriter {
		return 0, false
	}
	return params[index], true
}

// Imported returns the summary of fn, a function of another package
// that the package calls or registers as an entry point.
func (r *Result) Imported(fn *types.Func) (Summary, bool) {
	s, ok := r.imported[fn.Origin()]
	return s, ok
}

// summarize computes what every declared function of the package does
// with its writer parameters, to a fixed point (a call of a helper that
// never writes does not respond, so summaries depend on each other), and
// exports facts for the exported ones.
func (r *Result) summarize(pass *analysis.Pass, m *funcmodel.Model) {
	var funcs []*funcmodel.Func
	for _, f := range m.Funcs {
		if f.Obj == nil {
			continue
		}
		params := make([]Writes, f.Obj.Signature().Params().Len())
		idx := WriterParams(f.Obj.Signature())
		for _, i := range idx {
			params[i] = Never
		}
		if len(idx) > 0 {
			r.summaries[f.Obj] = params
			funcs = append(funcs, f)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			params := r.summaries[f.Obj]
			for i, w := range params {
				if w == NotWriter {
					continue
				}
				var next Writes
				exits := r.SilentExits(f, i)
				switch {
				case len(exits) == 0 && r.mustWrite(f, i):
					next = Must
				case len(exits) == 0:
					next = All
				case r.writesAnywhere(f, i):
					next = Some
				default:
					next = Never
				}
				if i == 0 && len(exits) > 0 {
					r.escapes[f.Obj] = position(pass.Fset, exits[0].Pos())
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
			pass.ExportObjectFact(f.Obj, &effects.Fact[Summary]{Cause: Summary{Params: r.summaries[f.Obj], Escape: r.escapes[f.Obj]}})
		}
	}
}

// position renders pos as file:line, which stays meaningful in a fact
// read by another package's pass.
func position(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// writesAnywhere reports whether f writes through parameter index on
// any path.
func (r *Result) writesAnywhere(f *funcmodel.Func, index int) bool {
	ws := r.writerSet(f, index)
	return ws != nil && r.useOf(f.Body(), ws) != None
}

// SilentExits returns the returns of f (or its closing brace, for a
// path that falls off the end; see flowgraph.IsClosingBrace) reached by
// a path from entry on which nothing may have written through parameter
// index. The path search is flowgraph's: a loop whose body writes is
// taken to run at least once.
func (r *Result) SilentExits(f *funcmodel.Func, index int) []ast.Node {
	ws := r.writerSet(f, index)
	search := flowgraph.Search{CFGs: r.graphs, Func: f, Guard: func(n ast.Node) bool { return ws != nil && r.useOf(n, ws) != None }}
	if res := search.From(token.NoPos); res != nil {
		return res.Exits
	}
	return nil
}
