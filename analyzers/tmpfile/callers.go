package tmpfile

import (
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// removedByCallers reports whether every call of f in the package's
// per-invocation code is followed, in the calling body, by a removal of
// the path pathArg names, once f's parameters are given that call's
// arguments: the body removes it itself, or calls a function of the
// package that removes the same path of its own parameters
// (writeCSV(ctx, name) then upload(ctx, name), which removes
// fmt.Sprintf("/tmp/%s", name) as writeCSV creates it). A path that is
// not made of f's parameters, constants and package-level values, or a
// function no call of the package reaches, is not removed this way.
func (c *checker) removedByCallers(f *funcmodel.Func, pathArg ast.Expr) bool {
	if f.Obj == nil {
		return false
	}
	tmpl := c.template(f, c.key(pathArg, 0))
	if tmpl == "" {
		return false
	}
	calls := 0
	for _, g := range c.m.Funcs {
		if !g.PerInvocation() {
			continue
		}
		removed := true
		g.Walk(func(cur inspector.Cursor) bool {
			call, ok := cur.Node().(*ast.CallExpr)
			if !ok || !c.calls(call, f) {
				return true
			}
			calls++
			want, ok := c.instantiate(tmpl, call)
			if !ok || !c.removesIn(g, want) {
				removed = false
			}
			return true
		})
		if !removed {
			return false
		}
	}
	return calls > 0
}

// calls reports whether call calls the declared function f.
func (c *checker) calls(call *ast.CallExpr, f *funcmodel.Func) bool {
	fn := knowledge.Callee(c.pass.TypesInfo, call)
	return fn != nil && fn.Origin() == f.Obj.Origin()
}

// paramKey is how a template (see template) names f's parameter i.
func paramKey(i int) string { return "param#" + strconv.Itoa(i) + "#" }

// template returns the key k (see checker.key) with the keys of f's
// parameters replaced by paramKey, or "" when k names a value by its
// text, which means nothing outside f.
func (c *checker) template(f *funcmodel.Func, k string) string {
	if strings.Contains(k, "expr:") {
		return ""
	}
	params := f.Obj.Signature().Params()
	for i := range params.Len() {
		k = strings.ReplaceAll(k, objKey(params.At(i)), paramKey(i))
	}
	return k
}

// instantiate returns the template tmpl with its parameters replaced by
// the keys of call's arguments, and whether every argument it names has
// a key that is not its text.
func (c *checker) instantiate(tmpl string, call *ast.CallExpr) (string, bool) {
	for i, arg := range call.Args {
		p := paramKey(i)
		if !strings.Contains(tmpl, p) {
			continue
		}
		k := c.key(arg, 0)
		if strings.Contains(k, "expr:") {
			return "", false
		}
		tmpl = strings.ReplaceAll(tmpl, p, k)
	}
	return tmpl, !strings.Contains(tmpl, "param#")
}

// removesIn reports whether g's body removes the path of key k: with
// os.Remove or os.RemoveAll, or through a call of a declared function
// of the package that removes the path its parameters make k of.
func (c *checker) removesIn(g *funcmodel.Func, k string) bool {
	found := false
	g.Walk(func(cur inspector.Cursor) bool {
		call, ok := cur.Node().(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := knowledge.Callee(c.pass.TypesInfo, call)
		if _, ok := knowledge.RemoveOf(fn); ok && len(call.Args) > 0 {
			found = c.key(call.Args[0], 0) == k
			return !found
		}
		if fn == nil {
			return true
		}
		h := c.m.Of(fn)
		if h == nil || h == g {
			return true
		}
		for _, tmpl := range c.removalTemplates(h) {
			if got, ok := c.instantiate(tmpl, call); ok && got == k {
				found = true
			}
		}
		return !found
	})
	return found
}

// removalTemplates returns the templates (see template) of the paths
// that the declared function h removes.
func (c *checker) removalTemplates(h *funcmodel.Func) []string {
	if h.Obj == nil {
		return nil
	}
	var tmpls []string
	h.Walk(func(cur inspector.Cursor) bool {
		call, ok := cur.Node().(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		if _, ok := knowledge.RemoveOf(knowledge.Callee(c.pass.TypesInfo, call)); ok {
			if t := c.template(h, c.key(call.Args[0], 0)); t != "" {
				tmpls = append(tmpls, t)
			}
		}
		return true
	})
	return tmpls
}

// sprintfKey returns the key of a call that formats a path with a
// constant format (fmt.Sprintf("/tmp/%s", name)), made of the keys of
// its operands, or "" when an operand has no key but its text.
func (c *checker) sprintfKey(call *ast.CallExpr, depth int) string {
	i, ok := knowledge.SprintfOf(knowledge.Callee(c.pass.TypesInfo, call))
	if !ok || i >= len(call.Args) {
		return ""
	}
	format, ok := funcmodel.ConstString(c.pass.TypesInfo, call.Args[i])
	if !ok || call.Ellipsis.IsValid() {
		return ""
	}
	parts := []string{strconv.Quote(format)}
	for _, a := range call.Args[i+1:] {
		k := c.key(a, depth+1)
		if strings.Contains(k, "expr:") {
			return "" // an operand named by its text: the call is too
		}
		parts = append(parts, k)
	}
	return "sprintf:" + strings.Join(parts, ",")
}
