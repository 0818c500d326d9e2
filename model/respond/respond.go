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
// some (some), or never writes. The summaries are the effect engine's
// parameter summaries (effects.SummarizeParams): respond states what one
// function does with its writer given what its callees do with theirs,
// and the engine computes the package's to their fixed point, exports
// them as parameter facts for the exported functions and reads other
// packages' through the one lookup of facts and of the summaries a
// driver kept of a dependency; a third-party dependency analyzed from
// source (funcmodel.Model.Summarized) is summarized too.
package respond

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"

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
		FactTypes:  []analysis.Fact{new(effects.ParamFact[Summary])},
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

// A Summary is what a function does with one of its writer
// parameters: the cause of the parameter facts ("writes the response
// [0] via all") that the effect engine computes and exports
// (effects.SummarizeParams), with, for messages about an entry point
// declared in another package, the position (file:line) of a return
// reached without writing through the parameter.
type Summary struct {
	Writes Writes
	Escape string `json:",omitempty"`
}

// Label names the effect in facts and in the summaries a driver keeps.
func (Summary) Label() string { return "writes the response" }

func (s Summary) String() string { return s.Writes.String() }

// A Result holds the writer summaries of a package's functions and of
// the functions of other packages its code calls. It does not change
// after the analyzer's run, so the analyzers that read it may do so
// concurrently.
type Result struct {
	reader
	m        *funcmodel.Model
	local    *effects.ParamSummaries[Summary]
	imported map[*types.Func]*effects.ParamFact[Summary]
}

// A reader classifies what code does with a writer, reading what the
// functions it calls do with theirs through param.
type reader struct {
	info   *types.Info
	graphs *flowgraph.Graphs
	param  func(fn *types.Func, index int) (Writes, bool)
}

func run(pass *analysis.Pass, model, graphs *analysis.Analyzer) (any, error) {
	m := pass.ResultOf[model].(*funcmodel.Model)
	r := &Result{m: m, imported: make(map[*types.Func]*effects.ParamFact[Summary])}
	r.reader = reader{info: pass.TypesInfo, graphs: pass.ResultOf[graphs].(*flowgraph.Graphs), param: r.Param}
	if !m.Local && !m.Summarized || pass.TypesInfo == nil {
		return r, nil
	}
	r.importAll(pass, m)
	r.local = effects.SummarizeParams(pass, m, effects.SummarySpec[Summary]{
		Params: WriterParams,
		Bottom: Summary{Writes: Never},
		Summarize: func(f *funcmodel.Func, i int, of func(*types.Func, int) (Summary, bool)) Summary {
			rd := r.reader
			rd.param = func(fn *types.Func, j int) (Writes, bool) {
				s, ok := of(fn, j)
				return s.Writes, ok && s.Writes != NotWriter
			}
			return rd.summarize(pass.Fset, f, i)
		},
	})
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
		if fact, ok := effects.ImportedParams[Summary](pass, m, fn); ok {
			r.imported[fn] = fact
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
	s, ok := r.summary(fn, index)
	return s.Writes, ok
}

// Imported returns the summary of fn's parameter index, fn a function
// of another package that the package calls or registers as an entry
// point.
func (r *Result) Imported(fn *types.Func, index int) (Summary, bool) {
	if fn.Pkg() == nil || r.m.Of(fn) != nil {
		return Summary{}, false
	}
	return r.summary(fn, index)
}

func (r *Result) summary(fn *types.Func, index int) (Summary, bool) {
	var s Summary
	var ok bool
	if r.m.Of(fn) != nil {
		if r.local != nil {
			s, ok = r.local.Of(fn, index)
		}
	} else if fact := r.imported[fn.Origin()]; fact != nil {
		var ch effects.ParamChain[Summary]
		ch, ok = fact.Chain(index)
		s = ch.Cause
	}
	if !ok || s.Writes == NotWriter {
		return Summary{}, false
	}
	return s, true
}

// summarize returns what f does with its writer parameter index, from
// what the functions it calls do with theirs (r.param).
func (r reader) summarize(fset *token.FileSet, f *funcmodel.Func, index int) Summary {
	exits := r.silentExits(f, index)
	var s Summary
	switch {
	case len(exits) == 0 && r.mustWrite(f, index):
		s.Writes = Must
	case len(exits) == 0:
		s.Writes = All
	case r.writesAnywhere(f, index):
		s.Writes = Some
	default:
		s.Writes = Never
	}
	if len(exits) > 0 {
		s.Escape = position(fset, exits[0].Pos())
	}
	return s
}

// position renders pos as file:line, which stays meaningful in a fact
// read by another package's pass.
func position(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

// writesAnywhere reports whether f writes through parameter index on
// any path.
func (r reader) writesAnywhere(f *funcmodel.Func, index int) bool {
	ws := r.writerSet(f, index)
	return ws != nil && r.useOf(f.Body(), ws) != None
}

// SilentExits returns the returns of f (or its closing brace, for a
// path that falls off the end; see flowgraph.IsClosingBrace) reached by
// a path from entry on which nothing may have written through parameter
// index. The path search is flowgraph's: a loop whose body writes is
// taken to run at least once.
func (r *Result) SilentExits(f *funcmodel.Func, index int) []ast.Node {
	return r.silentExits(f, index)
}

func (r reader) silentExits(f *funcmodel.Func, index int) []ast.Node {
	ws := r.writerSet(f, index)
	search := flowgraph.Search{CFGs: r.graphs, Func: f, Guard: func(n ast.Node) bool { return ws != nil && r.useOf(n, ws) != None }}
	if res := search.From(token.NoPos); res != nil {
		return res.Exits
	}
	return nil
}
