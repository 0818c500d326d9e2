package batchfailure

import (
	"encoding/json"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A batch is the kind of batch a record belongs to: the name of its
// event type in aws-lambda-go's events package and its description.
type batch struct {
	Event string
	knowledge.BatchEvent
}

// recordsEffect is the summary key of a records fact.
const recordsEffect = "returns batch records"

// recordsFact marks a function whose result Result is a slice with an
// element per record of a batch of Event (a kind of
// knowledge.BatchEvents): built by appending to it in a loop over the
// records, as m-mizutani/golambda's Event.DecapSQSBody returns the
// bodies of an SQS event's messages. A loop over that result is a loop
// over the batch's records.
type recordsFact struct {
	Result int
	Event  string
}

func (*recordsFact) AFact()           {}
func (f *recordsFact) String() string { return recordsEffect + " " + f.Event }

// Summary keeps the fact in the driver's summaries of a dependency (see
// funcmodel.SummaryFact).
func (f *recordsFact) Summary() (string, funcmodel.Summary) {
	data, err := json.Marshal(f)
	if err != nil {
		// A fact that does not encode (a broken invariant: its fields
		// are strings, slices and maps of them) keeps an empty cause,
		// which is not decoded: the dependency is summarized without
		// it, and nothing is reported through it.
		data = nil
	}
	return recordsEffect, funcmodel.Summary{Cause: string(data)}
}

// records finds the loops over batch records of a package.
type records struct {
	pass *analysis.Pass
	m    *funcmodel.Model
	// own holds the records facts of the package's functions.
	own map[*types.Func]*recordsFact
}

// newRecords derives the records facts of the package's functions and
// exports those of its exported ones.
func newRecords(pass *analysis.Pass, m *funcmodel.Model) *records {
	r := &records{pass: pass, m: m, own: make(map[*types.Func]*recordsFact)}
	// A helper may build its result from another helper's: a few rounds
	// reach every chain the package writes.
	for range 3 {
		changed := false
		for _, f := range m.Funcs {
			if f.Obj == nil || r.own[f.Obj] != nil {
				continue
			}
			if fact := r.returnsRecords(f); fact != nil {
				r.own[f.Obj] = fact
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for fn, fact := range r.own {
		if fn.Exported() && fn.Origin() == fn {
			pass.ExportObjectFact(fn, fact)
		}
	}
	return r
}

// returnsRecords returns the records fact of f: a result that f returns
// as a slice variable it appends to in a loop over a batch's records.
func (r *records) returnsRecords(f *funcmodel.Func) *recordsFact {
	info := r.pass.TypesInfo
	built := make(map[*types.Var]batch)
	f.Inspect(func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		b, ok := r.of(f, loop.X)
		if !ok {
			return true
		}
		ast.Inspect(loop.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
				return true
			}
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			id, isID := ast.Unparen(as.Lhs[0]).(*ast.Ident)
			if !ok || !isID || len(call.Args) < 2 {
				return true
			}
			fun, _ := ast.Unparen(call.Fun).(*ast.Ident)
			if fun == nil {
				return true
			}
			if app, ok := info.Uses[fun].(*types.Builtin); !ok || app.Name() != "append" {
				return true
			}
			if v, ok := info.Uses[id].(*types.Var); ok {
				built[v] = b
			}
			return true
		})
		return true
	})
	if len(built) == 0 {
		return nil
	}
	var fact *recordsFact
	f.Inspect(func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || fact != nil {
			return fact == nil
		}
		for i, res := range ret.Results {
			if id, ok := ast.Unparen(res).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					if b, ok := built[v]; ok {
						fact = &recordsFact{Result: i, Event: b.Event}
					}
				}
			}
		}
		return fact == nil
	})
	return fact
}

// of returns the batch whose records x, the operand of a range loop in
// f, holds:
//
//   - a slice of the record type of one of knowledge.BatchEvents
//     (ev.Records of an events.SQSEvent, however the event was made: a
//     parameter, or a variable the handler decodes its untyped event
//     into);
//   - a slice of the user's own struct whose JSON keys are those of such
//     a record type, one of them the batch's own (messageId, kinesis,
//     dynamodb), held in a Records field;
//   - the result of a function whose records fact says it returns one
//     (golambda's event.DecapSQSBody()), directly or through a variable
//     that f gives it once.
func (r *records) of(f *funcmodel.Func, x ast.Expr) (batch, bool) {
	info := r.pass.TypesInfo
	for range 4 {
		x = ast.Unparen(x)
		if b, ok := recordSlice(info.TypeOf(x)); ok {
			return b, true
		}
		if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name == "Records" {
			if b, ok := mirrored(r.pass.Pkg, info.TypeOf(x)); ok {
				return b, true
			}
		}
		switch e := x.(type) {
		case *ast.CallExpr:
			return r.result(e, 0)
		case *ast.Ident:
			v, ok := info.Uses[e].(*types.Var)
			if !ok {
				return batch{}, false
			}
			if val := r.m.ValueOf(v); val != nil {
				x = val
				continue
			}
			call, i := definedBy(info, f, v)
			if call == nil {
				return batch{}, false
			}
			return r.result(call, i)
		default:
			return batch{}, false
		}
	}
	return batch{}, false
}

// result returns the batch whose records the result i of call holds,
// by the callee's records fact.
func (r *records) result(call *ast.CallExpr, i int) (batch, bool) {
	fn := knowledge.Callee(r.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil {
		return batch{}, false
	}
	fact := r.own[fn.Origin()]
	if fact == nil && fn.Pkg() != r.pass.Pkg {
		fact = new(recordsFact)
		if !r.pass.ImportObjectFact(fn.Origin(), fact) {
			s, ok := r.m.Summary(recordsEffect, fn)
			if !ok || json.Unmarshal([]byte(s.Cause), fact) != nil {
				return batch{}, false
			}
		}
	}
	if fact == nil || fact.Result != i {
		return batch{}, false
	}
	desc, ok := knowledge.BatchEvents[fact.Event]
	return batch{Event: fact.Event, BatchEvent: desc}, ok
}

// definedBy returns the call whose result index i f gives v, when it is
// the only assignment to v in f (msgs, err := ev.DecapSQSBody()).
func definedBy(info *types.Info, f *funcmodel.Func, v *types.Var) (*ast.CallExpr, int) {
	var call *ast.CallExpr
	index, count := 0, 0
	f.Inspect(func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || info.ObjectOf(id) != v {
				continue
			}
			count++
			if len(as.Rhs) == 1 {
				call, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
				index = i
			} else {
				call = nil
			}
		}
		return true
	})
	if count != 1 {
		return nil, 0
	}
	return call, index
}

// recordSlice returns the batch whose record type t is a slice of (or
// a map of slices of, as a Kafka event's records by partition).
func recordSlice(t types.Type) (batch, bool) {
	elem := elemOf(t)
	if elem == nil {
		return batch{}, false
	}
	n, ok := types.Unalias(elem).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != knowledge.LambdaEvents {
		return batch{}, false
	}
	for name, desc := range knowledge.BatchEvents {
		if elem := recordType(n.Obj().Pkg(), name); elem != nil && types.Identical(elem, n) {
			return batch{Event: name, BatchEvent: desc}, true
		}
	}
	return batch{}, false
}

// recordType returns the type of the elements of the Records field of
// the event type name in the events package pkg, or nil.
func recordType(pkg *types.Package, name string) types.Type {
	obj := pkg.Scope().Lookup(name)
	if obj == nil {
		return nil
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == "Records" {
			return elemOf(f.Type())
		}
	}
	return nil
}

// elemOf returns the element type of a slice t, or of the slices a map
// t holds, or nil.
func elemOf(t types.Type) types.Type {
	switch u := typeOrNil(t).(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Map:
		if s, ok := u.Elem().Underlying().(*types.Slice); ok {
			return s.Elem()
		}
	}
	return nil
}

func typeOrNil(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}
