package tmpfile

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports files that are never removed or written where they
// cannot be.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "tmpfile",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.ParamFact[created])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// tempDir is the platform's writable temporary directory.
const tempDir = "/tmp"

type checker struct {
	pass *analysis.Pass
	m    *funcmodel.Model
	text *fixes.Text // the source, for the fixes
	// gone holds the keys of the paths that the package's
	// per-invocation code removes (see invocationRemovals), computed
	// on first use.
	gone *removals
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	c := &checker{pass: pass, m: m, text: fixes.NewText(pass)}
	c.helpers()
	for _, f := range m.Funcs {
		if !f.PerInvocation() {
			continue
		}
		f.Walk(func(cur inspector.Cursor) bool {
			if call, ok := cur.Node().(*ast.CallExpr); ok {
				c.check(f, cur, call)
			}
			return true
		})
	}
	return nil
}

// location classifies where a path points.
type location int

const (
	unknown  location = iota
	temp              // under the temp dir
	relative          // relative: the read-only source directory
	outside           // absolute, outside the temp dir
)

// check reports a creating call, at cur in f.
func (c *checker) check(f *funcmodel.Func, cur inspector.Cursor, call *ast.CallExpr) {
	fn := knowledge.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	op, ok := knowledge.FileOpOf(fn)
	if !ok || op.Path >= len(call.Args) {
		return
	}
	if op.Flag >= 0 && !c.creates(call.Args[op.Flag]) {
		return
	}
	name := knowledge.ShortName(fn)
	arg := call.Args[op.Path]
	loc, text := c.locate(arg, 0)
	if op.Kind == knowledge.TempFile || op.Kind == knowledge.TempDir {
		if s, ok := funcmodel.ConstString(c.pass.TypesInfo, arg); ok && s == "" {
			loc = temp // the default temp dir
		}
	}
	lambda := c.m.PlatformOf(f) == funcmodel.Lambda
	if msg := misplaced(name, loc, text, lambda); msg != "" {
		c.pass.Reportf(call.Pos(), "%s", msg)
		return
	}
	body := f.Decl()
	if body == nil {
		body = f
	}
	if c.removed(body.Body(), op.Kind, call, arg) || op.Kind == knowledge.File && c.removedByCallers(f, arg) {
		return
	}
	what := map[knowledge.FileKind]string{
		knowledge.File: "a file", knowledge.Dir: "a directory",
		knowledge.TempFile: "a temporary file", knowledge.TempDir: "a temporary directory",
	}[op.Kind]
	d := analysis.Diagnostic{Pos: call.Pos()}
	if lambda {
		// Lambda's /tmp is disk, not memory (docs/platform.md, "AWS Lambda").
		d.Message = fmt.Sprintf("%s creates %s that is never removed: Lambda's /tmp is ephemeral disk (512 MB by default, up to 10 GB) shared by the invocations of the execution environment and kept across them, so it fills up; remove it before returning (defer os.Remove)", name, what)
	} else {
		d.Message = fmt.Sprintf("%s creates %s that is never removed: the filesystem is in memory, so it keeps using the instance's memory after the invocation; remove it before returning (defer os.Remove)", name, what)
	}
	if op.Kind == knowledge.TempFile {
		d.SuggestedFixes = c.removeFix(f, cur, call)
	}
	c.pass.Report(d)
}

// creates reports whether open flags include os.O_CREATE (or are not
// constant).
func (c *checker) creates(flags ast.Expr) bool {
	tv := c.pass.TypesInfo.Types[flags]
	if tv.Value == nil {
		return true
	}
	v, ok := constant.Int64Val(tv.Value)
	if !ok {
		return true
	}
	create := c.osConst("O_CREATE")
	return create == 0 || v&create != 0
}

// osConst returns the value of an integer constant of package os.
func (c *checker) osConst(name string) int64 {
	for _, imp := range c.pass.Pkg.Imports() {
		if imp.Path() == "os" {
			if k, ok := imp.Scope().Lookup(name).(*types.Const); ok {
				v, _ := constant.Int64Val(k.Val())
				return v
			}
		}
	}
	return 0
}

// locate classifies the path expression e, and returns its text when it
// is known.
func (c *checker) locate(e ast.Expr, depth int) (location, string) {
	if depth > 8 {
		return unknown, ""
	}
	if s, ok := funcmodel.ConstString(c.pass.TypesInfo, e); ok {
		return classify(s), s
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(c.pass.TypesInfo, e)
		switch {
		case knowledge.ReturnsTempDir(fn):
			return temp, tempDir
		case knowledge.IsPathJoin(fn) && len(e.Args) > 0:
			loc, dir := c.locate(e.Args[0], depth+1)
			if loc == unknown || dir == "" {
				return loc, ""
			}
			parts := []string{dir}
			for _, a := range e.Args[1:] {
				s, ok := funcmodel.ConstString(c.pass.TypesInfo, a)
				if !ok {
					return loc, ""
				}
				parts = append(parts, s)
			}
			joined := filepath.Join(parts...)
			return classify(joined), joined
		}
	case *ast.Ident:
		if v, ok := c.pass.TypesInfo.Uses[e].(*types.Var); ok {
			if value := c.m.ValueOf(v); value != nil {
				return c.locate(value, depth+1)
			}
			if c.isTempResult(v) {
				return temp, ""
			}
		}
	}
	return unknown, ""
}

// isTempResult reports whether v holds the result of os.MkdirTemp or
// os.CreateTemp in the default temp dir.
func (c *checker) isTempResult(v *types.Var) bool {
	found := false
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || found || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
				return !found
			}
			if id, ok := as.Lhs[0].(*ast.Ident); ok && c.pass.TypesInfo.ObjectOf(id) == v {
				if call, ok := as.Rhs[0].(*ast.CallExpr); ok {
					if op, ok := knowledge.FileOpOf(knowledge.Callee(c.pass.TypesInfo, call)); ok && op.Kind == knowledge.TempDir && len(call.Args) > 0 {
						loc, _ := c.locate(call.Args[0], 1)
						s, isConst := funcmodel.ConstString(c.pass.TypesInfo, call.Args[0])
						found = loc == temp || isConst && s == ""
					}
				}
			}
			return !found
		})
	}
	return found
}

func classify(path string) location {
	switch {
	case path == "":
		return unknown
	case !filepath.IsAbs(path):
		return relative
	case path == tempDir || strings.HasPrefix(path, tempDir+"/") || strings.HasPrefix(path, "/dev/"):
		return temp
	}
	return outside
}

// removed reports whether body removes what call creates, or hands it to
// someone who may: returns it, stores it, or gives it to a function of
// the module.
func (c *checker) removed(body *ast.BlockStmt, kind knowledge.FileKind, call *ast.CallExpr, pathArg ast.Expr) bool {
	// The identity of what is created: the path, or the result variable.
	var keys []string
	var result types.Object
	if kind == knowledge.TempFile || kind == knowledge.TempDir {
		result = c.resultVar(body, call)
		if result == nil {
			return false
		}
		keys = append(keys, objKey(result))
	} else {
		keys = append(keys, c.key(pathArg, 0))
	}
	removes, removesAll := make(map[string]bool), make(map[string]bool)
	handedOff := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if all, ok := knowledge.RemoveOf(knowledge.Callee(c.pass.TypesInfo, n)); ok && len(n.Args) > 0 {
				k := c.key(n.Args[0], 0)
				removes[k] = true
				if all {
					removesAll[k] = true
				}
				return true
			}
			if fn := knowledge.Callee(c.pass.TypesInfo, n); result != nil && (fn == nil || c.inModule(fn)) {
				for _, a := range n.Args {
					if code.Mentions(c.pass.TypesInfo, a, result) {
						handedOff = true
					}
				}
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if result != nil && code.Mentions(c.pass.TypesInfo, r, result) {
					handedOff = true
				}
			}
		}
		return true
	})
	if handedOff {
		return true
	}
	for _, k := range keys {
		if removes[k] {
			return true
		}
	}
	// Created under a directory that is removed as a whole: a Join path,
	// or the parent directory argument of CreateTemp and MkdirTemp.
	if kind == knowledge.TempFile || kind == knowledge.TempDir {
		if removesAll[c.key(pathArg, 0)] {
			return true
		}
	}
	dir := c.parentKey(pathArg, 0)
	if dir != "" && removesAll[dir] {
		return true
	}
	return c.removedElsewhere(keys, pathArg)
}

// parentKey returns the key of the directory a Join path is under.
func (c *checker) parentKey(e ast.Expr, depth int) string {
	if depth > 8 {
		return ""
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if knowledge.IsPathJoin(knowledge.Callee(c.pass.TypesInfo, e)) && len(e.Args) > 0 {
			return c.key(e.Args[0], depth+1)
		}
	case *ast.Ident:
		if v, ok := c.pass.TypesInfo.Uses[e].(*types.Var); ok {
			if value := c.m.ValueOf(v); value != nil {
				return c.parentKey(value, depth+1)
			}
		}
	}
	return ""
}

// resultVar returns the variable given the first result of call.
func (c *checker) resultVar(body *ast.BlockStmt, call *ast.CallExpr) types.Object {
	var obj types.Object
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Rhs) == 1 && as.Rhs[0] == call && len(as.Lhs) > 0 {
			if id, ok := as.Lhs[0].(*ast.Ident); ok && id.Name != "_" {
				obj = c.pass.TypesInfo.ObjectOf(id)
			}
		}
		return obj == nil
	})
	return obj
}

// key returns a canonical name for a path expression: a variable (its
// single value when it has one), f.Name() of a file variable, a constant,
// or a Join of keys.
func (c *checker) key(e ast.Expr, depth int) string {
	if s, ok := funcmodel.ConstString(c.pass.TypesInfo, e); ok {
		return "const:" + filepath.Clean(s)
	}
	if depth > 8 {
		return types.ExprString(e)
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := c.pass.TypesInfo.Uses[e].(*types.Var); ok {
			if value := c.m.ValueOf(v); value != nil {
				if k := c.key(value, depth+1); !strings.HasPrefix(k, "expr:") {
					return k
				}
			}
			return objKey(v)
		}
	case *ast.SelectorExpr:
		if v := funcmodel.FieldOf(c.pass.TypesInfo, e); v != nil {
			if value := c.m.ValueOf(v); value != nil {
				if k := c.key(value, depth+1); !strings.HasPrefix(k, "expr:") {
					return k
				}
			}
			return objKey(v.Origin())
		}
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Name" && len(e.Args) == 0 {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
					return objKey(obj) // f.Name() names the file f
				}
			}
		}
		if knowledge.IsPathJoin(knowledge.Callee(c.pass.TypesInfo, e)) {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, c.key(a, depth+1))
			}
			return "join:" + strings.Join(parts, ",")
		}
		if k := c.sprintfKey(e, depth); k != "" {
			return k
		}
	}
	return "expr:" + types.ExprString(e)
}

func objKey(obj types.Object) string { return fmt.Sprintf("var:%p", obj) }

// inModule reports whether fn is declared in the analyzed module.
func (c *checker) inModule(fn *types.Func) bool {
	if fn.Pkg() == nil || c.pass.Module == nil {
		return false
	}
	p := fn.Pkg().Path()
	return p == c.pass.Module.Path || strings.HasPrefix(p, c.pass.Module.Path+"/")
}
