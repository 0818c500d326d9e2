package recursivetrigger

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

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

// Analyzer reports functions that write into the bucket that triggers
// them, or invoke themselves, without a guard.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "recursivetrigger",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.ParamFact[target])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// target is the sink of the values given to parameters: the bucket a
// write of an object goes to, or the function a Lambda invocation
// invokes.
type target struct {
	Call   string // "(*storage.ObjectHandle).NewWriter", "s3.PutObjectInput"
	Invoke bool   // a Lambda invocation's FunctionName, not a bucket
	S3     bool   // a write into an S3 bucket, not a Cloud Storage one
}

func (target) Label() string    { return "names the bucket written or the function invoked" }
func (t target) String() string { return t.Call }

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local || pass.Pkg == nil {
		return nil
	}
	r := &resolver{pass: pass, m: m, locals: make(map[ast.Node]*defuse.Locals), events: eventTypes(pass, m)}
	flow := effects.FollowParams(pass, m, effects.ParamSpec[target]{
		Sink: func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, target, bool) { return sink(pass, c) },
		Param: func(f *funcmodel.Func, e ast.Expr) *types.Var {
			o := r.origin(f, e)
			return o.param
		},
		Carry: funcmodel.Edge.Runs,
	})
	for _, s := range flow.Sites {
		if s.Func == nil || !s.Func.PerInvocation() || len(s.Path) > 1 {
			continue // an intermediate function, unseen, may hold the guard
		}
		o := r.origin(s.Func, s.Value)
		switch {
		case o.source == nil:
			continue
		case !o.self && r.m.EntryOf(root(s.Func)) == nil:
			continue // the event read in a helper: the guards of the entry point that calls it are not looked at
		case s.Cause.Invoke != o.self, !o.self && s.Cause.S3 != o.s3:
			continue // a name given to another service than the one it names
		}
		p := m.PlatformOf(s.Func)
		if o.self && p&funcmodel.Lambda == 0 {
			continue
		}
		sinkAt := effects.Pos(pass, s.At)
		if r.guarded(s.Func, s.Node, o.self) || s.Path != nil && (!sinkAt.IsValid() || r.guardedAt(sinkAt, o.self)) {
			continue
		}
		report(pass, s, o, sinkAt)
	}
	return nil
}

// root returns the declaration holding f.
func root(f *funcmodel.Func) *funcmodel.Func {
	for f.Parent != nil {
		f = f.Parent
	}
	return f
}

// sink returns the expression naming the bucket an object is written
// to at c (the receiver of (*storage.ObjectHandle).NewWriter or
// CopierFrom; the Bucket field of an S3 input that writes), or the
// function a Lambda invocation's input names (FunctionName).
func sink(pass *analysis.Pass, c inspector.Cursor) ([]ast.Expr, target, bool) {
	switch n := c.Node().(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(pass.TypesInfo, n)
		if knowledge.GCSWrite(fn) {
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				return []ast.Expr{sel.X}, target{Call: knowledge.ShortName(fn)}, true
			}
		}
	case *ast.CompositeLit:
		t := pass.TypesInfo.TypeOf(n)
		if t == nil {
			break
		}
		switch {
		case knowledge.S3WriteInput(t):
			return fieldValue(n, "Bucket", target{Call: typeName(t), S3: true})
		case knowledge.LambdaInvokeInput(t):
			return fieldValue(n, "FunctionName", target{Call: typeName(t), Invoke: true})
		}
	case *ast.AssignStmt:
		if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
			break
		}
		for i, lhs := range n.Lhs {
			sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			t := pass.TypesInfo.TypeOf(sel.X)
			switch {
			case t == nil:
			case sel.Sel.Name == "Bucket" && knowledge.S3WriteInput(t):
				return []ast.Expr{n.Rhs[i]}, target{Call: typeName(t), S3: true}, true
			case sel.Sel.Name == "FunctionName" && knowledge.LambdaInvokeInput(t):
				return []ast.Expr{n.Rhs[i]}, target{Call: typeName(t), Invoke: true}, true
			}
		}
	}
	return nil, target{}, false
}

// fieldValue returns the value of the field of a composite literal,
// with the target.
func fieldValue(lit *ast.CompositeLit, field string, t target) ([]ast.Expr, target, bool) {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
				return []ast.Expr{kv.Value}, t, true
			}
		}
	}
	return nil, target{}, false
}

// typeName returns "s3.PutObjectInput" for a type or a pointer to it.
func typeName(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return types.TypeString(t, nil)
}

// eventTypes returns the struct types into which the package's 1st-gen
// background functions on Cloud Run functions decode their events when
// those are Cloud Storage objects: a struct with fields whose JSON
// names are "bucket" and "name" (the object resource's), by field.
func eventTypes(pass *analysis.Pass, m *funcmodel.Model) map[*types.Var]eventField {
	fields := make(map[*types.Var]eventField)
	for _, e := range m.Entries {
		if e.Kind != knowledge.Background || e.Func == nil {
			continue
		}
		sig := e.Func.Signature(pass.TypesInfo)
		if sig == nil || sig.Params().Len() == 0 {
			continue
		}
		t := sig.Params().At(sig.Params().Len() - 1).Type()
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		var bucket, name *types.Var
		for i := range st.NumFields() {
			tag, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
			switch {
			case strings.EqualFold(tag, "bucket"):
				bucket = st.Field(i)
			case strings.EqualFold(tag, "name"):
				name = st.Field(i)
			}
		}
		if bucket != nil && name != nil {
			fields[bucket] = bucketField
			for i := range st.NumFields() {
				if st.Field(i) != bucket {
					fields[st.Field(i)] = otherField
				}
			}
		}
	}
	return fields
}

// An eventField is a field of a Cloud Storage event's struct.
type eventField uint8

const (
	bucketField eventField = 1 + iota // the bucket's name
	otherField                        // the object's name, its metadata, ...
)
