package recursivetrigger

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/defuse"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A resolver follows a bucket's or a function's name back to where it
// comes from, through the local variables of each declaration given one
// value (internal/defuse), the handles of cloud.google.com/go/storage
// (client.Bucket(b).Object(o)), aws.String, conversions, & and *, and
// package-level variables given one value.
type resolver struct {
	pass   *analysis.Pass
	m      *funcmodel.Model
	locals map[ast.Node]*defuse.Locals
	events map[*types.Var]eventField // see eventTypes
}

// An origin is where a value comes from: a parameter of the function
// (or of one enclosing it), or a source: the trigger's bucket read from
// the event, or (self) the function's own name.
type origin struct {
	param  *types.Var
	source ast.Expr
	self   bool // the source is the Lambda function's own name
	s3     bool // the source is an S3 event's bucket
}

// origin returns where the value of e, an expression of f's code (or,
// f nil, of a package-level initializer), comes from.
func (r *resolver) origin(f *funcmodel.Func, e ast.Expr) origin {
	info := r.pass.TypesInfo
	for range 16 { // a bound on chains of copies
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			fn := knowledge.Callee(info, x)
			switch {
			case knowledge.GCSObject(fn):
				e = x.Fun.(*ast.SelectorExpr).X
				continue
			case (knowledge.GCSBucket(fn) || knowledge.IsAWSString(fn)) && len(x.Args) == 1:
				e = x.Args[0]
				continue
			case knowledge.IsGetenv(fn) && len(x.Args) == 1:
				if name, ok := funcmodel.ConstString(info, x.Args[0]); ok && name == knowledge.LambdaFunctionNameVar {
					return origin{source: x, self: true}
				}
				return origin{}
			case fn != nil:
				if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && knowledge.EventBucket(info, sel) {
					return origin{source: x} // data.GetBucket()
				}
				return origin{}
			}
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // string(b)
				continue
			}
			return origin{}
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return origin{}
			}
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.SelectorExpr:
			if knowledge.EventBucket(info, x) {
				s, _ := info.Selections[x]
				if s3 := s != nil && s.Kind() == types.FieldVal && x.Sel.Name == "Name"; s3 {
					// An S3 bucket: only the handler's own S3 event names
					// the bucket whose notification invoked it.
					if f == nil || !r.fromS3Event(f, x.X) {
						return origin{}
					}
					return origin{source: x, s3: true}
				}
				return origin{source: x}
			}
			v, ok := info.Uses[x.Sel].(*types.Var)
			switch {
			case !ok:
				return origin{}
			case r.events[v] == bucketField:
				return origin{source: x}
			case knowledge.IsOwnFunctionName(v):
				return origin{source: x, self: true}
			}
			return origin{}
		case *ast.Ident:
			v, ok := info.Uses[x].(*types.Var)
			if !ok {
				return origin{}
			}
			if funcmodel.IsGlobal(v) {
				if v.Pkg() != r.pass.Pkg {
					return origin{}
				}
				val := r.m.ValueOf(v)
				if val == nil {
					return origin{}
				}
				e, f = val, nil // resolved as a package-level initializer
				continue
			}
			if f == nil {
				return origin{}
			}
			l := r.localsOf(f)
			if isParam(info, f, v) {
				if l.Defined(v) {
					return origin{} // given another value in the body
				}
				return origin{param: v}
			}
			d, ok := l.SingleAddressed(v)
			if !ok || d.Elem || d.Index >= 0 {
				return origin{}
			}
			e = d.Value
		default:
			return origin{}
		}
	}
	return origin{}
}

// fromS3Event reports whether e, an expression of f's code, is read
// from the event parameter of a Lambda entry point whose type is
// events.S3Event (e.Records[0].S3.Bucket; a range over e.Records): an
// S3 event embedded in another (a state machine's input), or decoded
// from another event's body, names a bucket whose notification did not
// invoke this function.
func (r *resolver) fromS3Event(f *funcmodel.Func, e ast.Expr) bool {
	info := r.pass.TypesInfo
	for range 16 {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if s, ok := info.Selections[x]; !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
				return false // a method, a package, or a promoted field of an embedded event
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.Ident:
			v, ok := info.Uses[x].(*types.Var)
			if !ok {
				return false
			}
			if isParam(info, f, v) {
				return !r.localsOf(f).Defined(v) && knowledge.IsS3Event(v.Type()) && r.entryParam(v)
			}
			d, ok := r.localsOf(f).SingleAddressed(v)
			if !ok || d.Index >= 0 {
				return false
			}
			e = d.Value
		default:
			return false
		}
	}
	return false
}

// entryParam reports whether v is a parameter of a Lambda entry point
// of the package.
func (r *resolver) entryParam(v *types.Var) bool {
	for _, e := range r.m.Entries {
		if e.Func == nil || e.Platform&funcmodel.Lambda == 0 {
			continue
		}
		if sig := e.Func.Signature(r.pass.TypesInfo); sig != nil {
			for p := range sig.Params().Variables() {
				if p == v {
					return true
				}
			}
		}
	}
	return false
}

// localsOf returns the local variables of the declaration holding f.
func (r *resolver) localsOf(f *funcmodel.Func) *defuse.Locals {
	root := f
	for root.Parent != nil {
		root = root.Parent
	}
	l, ok := r.locals[root.Node]
	if !ok {
		l = defuse.Of(r.pass.TypesInfo, root.Body())
		r.locals[root.Node] = l
	}
	return l
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

// guarded reports whether the write or invocation at n, in f, is
// guarded. An invocation of the function's own name is guarded when a
// condition encloses it (an if's branch, a case), in f or a function
// enclosing it: the payload marks where the recursion stops. A write
// into the trigger's bucket is guarded when a condition anywhere in
// the declaration holding f tests the object's name or anything else
// the event says of the object (besides its bucket), or tests a string
// against a prefix, suffix, extension or pattern (see
// knowledge.IsStringMatch). Precision first: the condition need not
// dominate the write.
func (r *resolver) guarded(f *funcmodel.Func, n ast.Node, self bool) bool {
	if self {
		return r.enclosed(f, n)
	}
	root := f
	for root.Parent != nil {
		root = root.Parent
	}
	return r.testsName(root)
}

// guardedAt is guarded for a write at pos, in the declaration of this
// package that holds it; a position in no declaration of the package
// (another package's) counts as guarded: its conditions are not seen.
func (r *resolver) guardedAt(pos token.Pos, self bool) bool {
	for _, f := range r.m.Funcs {
		if f.Node != nil && f.Parent == nil && f.Node.Pos() <= pos && pos < f.Node.End() {
			if self {
				return true // the invocation's enclosing conditions are not looked up by position
			}
			return r.testsName(f)
		}
	}
	return true
}

// enclosed reports whether n, in f's code, lies in the branch of an if
// statement or in a case clause, up to f's declaration.
func (r *resolver) enclosed(f *funcmodel.Func, n ast.Node) bool {
	c, ok := f.CursorOf(n)
	if !ok {
		return true // not found: precision first
	}
	child := c
	for p := c.Parent(); ; child, p = p, p.Parent() {
		switch pn := p.Node().(type) {
		case nil, *ast.FuncDecl:
			return false
		case *ast.IfStmt:
			if child.Node() == ast.Node(pn.Body) || child.Node() == pn.Else {
				return true
			}
		case *ast.CaseClause, *ast.CommClause:
			return true
		}
	}
}

// testsName reports whether a condition in the code of the declaration
// f (its literals included) tests the object (see guarded).
func (r *resolver) testsName(f *funcmodel.Func) bool {
	body := f.Body()
	if body == nil {
		return true
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		var conds []ast.Expr
		switch n := n.(type) {
		case *ast.IfStmt:
			conds = []ast.Expr{n.Cond}
		case *ast.SwitchStmt:
			conds = []ast.Expr{n.Tag}
		case *ast.CaseClause:
			conds = n.List
		case *ast.ForStmt:
			conds = []ast.Expr{n.Cond}
		}
		for _, c := range conds {
			if c != nil && r.mentionsObject(f, c, 0) {
				found = true
			}
		}
		return !found
	})
	return found
}

// mentionsObject reports whether e tests the object: an event's object
// name or another field of a Cloud Storage event's struct, a string
// match, or a local variable whose value does, in the declaration f.
func (r *resolver) mentionsObject(f *funcmodel.Func, e ast.Expr, depth int) bool {
	info := r.pass.TypesInfo
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = knowledge.IsStringMatch(knowledge.Callee(info, n))
		case *ast.SelectorExpr:
			v, _ := info.Uses[n.Sel].(*types.Var)
			found = knowledge.EventObjectName(info, n) || r.events[v] == otherField
			if fn, ok := info.Uses[n.Sel].(*types.Func); ok && fn.Name() == "GetName" {
				found = found || knowledge.EventObjectName(info, n)
			}
		case *ast.Ident:
			v, ok := info.Uses[n].(*types.Var)
			if ok && depth < 4 && !funcmodel.IsGlobal(v) {
				if d, ok := r.localsOf(f).Single(v); ok && d.Value != nil {
					found = r.mentionsObject(f, d.Value, depth+1)
				}
			}
		}
		return !found
	})
	return found
}

// report reports a write into the trigger's bucket or an invocation of
// the function's own name, at the site.
func report(pass *analysis.Pass, s effects.ParamSite[target], o origin, sinkAt token.Pos) {
	d := analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End()}
	if o.source.Pos().IsValid() {
		msg := "the bucket of the triggering event is read here"
		if o.self {
			msg = "the function's own name is read here"
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: o.source.Pos(), End: o.source.End(), Message: msg})
	}
	what := s.Cause.Call
	if s.Path != nil {
		what = effects.Explain(s.Path) + ", which gives it to " + s.Cause.Call
		if sinkAt.IsValid() {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: sinkAt, Message: s.Cause.Call + " is given it here"})
		}
	}
	switch {
	case o.self:
		d.Message = what + " invokes the function's own name (" + knowledge.LambdaFunctionNameVar + ") with no condition around the invocation: each invocation invokes the function again, a recursive loop that runs, and bills, until stopped; mark the payload and stop on the mark, or invoke another function"
	case o.s3:
		d.Message = what + " writes into the bucket whose S3 notification invoked the function, with no test of the object's key on the way: unless the notification's filter excludes the keys written, each object written invokes the function again, a recursive loop that runs, and bills, until stopped; return early for the keys the function writes, or write them to another bucket"
	default:
		d.Message = what + " writes into the bucket whose event triggered the function, with no test of the object's name on the way: each object written there fires the trigger again, a loop that runs, and bills, until stopped; return early for the objects the function writes (a prefix or suffix of their names), or write them to another bucket"
	}
	pass.Report(d)
}
