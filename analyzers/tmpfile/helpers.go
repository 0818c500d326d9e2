package tmpfile

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// created is the sink of a path's value: the call that creates a file
// or directory at it (for os.CreateTemp and os.MkdirTemp, under it).
type created struct {
	Func string // the creating function, "os.WriteFile"
}

func (created) Label() string    { return "creates a file at" }
func (c created) String() string { return c.Func }

// helpers reports the paths that function code gives to helpers, of the
// package or of another package of the module, which create a file
// there: the engine follows a path given as a parameter, through the
// calls and packages between, to the creating call, and the path is
// judged where it is no parameter's value, at the call that gives it
// (save("out.json", data)), where the fix goes. A path a body gives to
// the creating call itself is check's.
func (c *checker) helpers() {
	info := c.pass.TypesInfo
	flow := effects.FollowParams(c.pass, c.m, effects.ParamSpec[created]{
		Follow: func(p *types.Var) bool { return types.Identical(p.Type(), types.Typ[types.String]) },
		Sink: func(f *funcmodel.Func, cur inspector.Cursor) ([]ast.Expr, created, bool) {
			call, ok := cur.Node().(*ast.CallExpr)
			if !ok {
				return nil, created{}, false
			}
			fn := knowledge.Callee(info, call)
			if fn == nil {
				return nil, created{}, false
			}
			op, ok := knowledge.FileOpOf(fn)
			if !ok || op.Path >= len(call.Args) || op.Flag >= 0 && !c.creates(call.Args[op.Flag]) {
				return nil, created{}, false
			}
			return []ast.Expr{call.Args[op.Path]}, created{knowledge.ShortName(fn)}, true
		},
		Param: func(f *funcmodel.Func, e ast.Expr) *types.Var {
			switch e := ast.Unparen(e).(type) {
			case *ast.Ident:
				v, _ := info.Uses[e].(*types.Var)
				return v
			case *ast.CallExpr:
				// Under a parameter's directory: where it is, the
				// joined path is.
				if knowledge.IsPathJoin(knowledge.Callee(info, e)) && len(e.Args) > 0 {
					if id, ok := ast.Unparen(e.Args[0]).(*ast.Ident); ok {
						v, _ := info.Uses[id].(*types.Var)
						return v
					}
				}
			}
			return nil
		},
		Carry: funcmodel.Edge.Runs,
	})
	for _, s := range flow.Sites {
		if s.Path == nil || !s.Func.PerInvocation() {
			continue
		}
		loc, text := c.locate(s.Value, 0)
		what := fmt.Sprintf("%s (it calls %s)", s.Name, s.Cause)
		msg := misplaced(what, loc, text, c.m.PlatformOf(s.Func) == funcmodel.Lambda)
		if msg == "" {
			continue
		}
		d := analysis.Diagnostic{Pos: s.Value.Pos(), End: s.Value.End(), Message: msg}
		if at := effects.Pos(c.pass, s.At); at.IsValid() {
			d.Related = []analysis.RelatedInformation{{Pos: at, Message: fmt.Sprintf("%s creates it here", s.Cause)}}
		}
		c.pass.Report(d)
	}
}

// misplaced returns the message for a file that what (a call, or a
// helper that makes it) creates at a path in location loc, or "" when
// the location is writable or unknown.
func misplaced(what string, loc location, text string, lambda bool) string {
	switch {
	case loc == relative && lambda:
		return fmt.Sprintf("%s writes to the relative path %q, in the function's code directory, which is read-only on Lambda: it fails at run time; write under os.TempDir() (/tmp) and remove the file when done", what, text)
	case loc == relative:
		return fmt.Sprintf("%s writes to the relative path %q, in the read-only source directory: it fails at run time; write under os.TempDir() and remove the file when done", what, text)
	case loc == outside && lambda:
		return fmt.Sprintf("%s writes to %s, outside %s, the only writable directory on Lambda: it fails at run time; write under os.TempDir() and remove the file when done", what, text, tempDir)
	case loc == outside:
		return fmt.Sprintf("%s writes to %s, outside the writable temp dir %s: it fails on 1st gen and uses instance memory on 2nd gen; write under os.TempDir() and remove the file when done", what, text, tempDir)
	}
	return ""
}
