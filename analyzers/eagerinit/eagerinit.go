package eagerinit

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports cold-start work that not every entry point needs.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "eagerinit",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[heavy])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// heavy is the effect of doing heavy work (creating a client, reading
// a large file).
type heavy struct {
	Func string // the heavy function called, "os.ReadFile"
}

func (heavy) Label() string    { return "heavy via" }
func (h heavy) String() string { return h.Func }

type checker struct {
	pass   *analysis.Pass
	m      *funcmodel.Model
	chains map[*funcmodel.Func]effects.Chain[heavy]
	cold   *coldUses // see coldStart
}

// A site is heavy work that initializes package-level variables.
type site struct {
	node ast.Node
	what string // "storage.NewClient", or "loadCatalog (it calls os.ReadFile)"
	vars []*types.Var
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local && !m.Summarized {
		return nil
	}
	c := &checker{pass: pass, m: m}
	c.chains = effects.Propagate(pass, m, effects.Spec[heavy]{
		Cause: func(f *funcmodel.Func, cur inspector.Cursor) (heavy, bool) {
			if call, ok := cur.Node().(*ast.CallExpr); ok {
				if fn := knowledge.Callee(pass.TypesInfo, call); fn != nil && knowledge.IsHeavy(fn) {
					return heavy{knowledge.ShortName(fn)}, true
				}
			}
			return heavy{}, false
		},
		// The work of the callees that run before the initializer
		// returns; not a goroutine's, not a stored function's.
		Carry: funcmodel.Edge.Synchronous,
		// A dependency's function that does I/O makes the cold start
		// that calls it pay for it.
		Summarize: effects.All,
	})
	if len(m.Entries) == 0 {
		return nil
	}
	// Entries registered together (a handler and the closure its wrapper
	// returns) share a name and count as one function.
	users := make(map[string]map[*types.Var]bool)
	var names []string
	for e, used := range c.users() {
		// The routes of a router share the instances of the function
		// that serves them.
		name := e.Function()
		if users[name] == nil {
			users[name] = make(map[*types.Var]bool)
			names = append(names, name)
		}
		for v := range used {
			users[name][v] = true
		}
	}
	slices.Sort(names)
	unseen := c.unseenUses()
	for _, s := range c.sites() {
		if slices.ContainsFunc(s.vars, func(v *types.Var) bool { return unseen[v] }) {
			continue // used by code reached in a way the model does not see
		}
		var missing []string
		for _, name := range names {
			used := false
			for _, v := range s.vars {
				used = used || users[name][v]
			}
			if !used {
				missing = append(missing, name)
			}
		}
		if len(missing) == 0 {
			continue
		}
		var vnames []string
		for _, v := range s.vars {
			vnames = append(vnames, v.Name())
		}
		who := "no entry point uses it"
		if len(missing) < len(names) {
			who = "entry points " + strings.Join(missing, ", ") + " never use it"
			if len(missing) == 1 {
				who = "entry point " + missing[0] + " never uses it"
			}
		}
		pass.Reportf(s.node.Pos(), "%s runs at every cold start to initialize %s, but %s; initialize it lazily with %s", s.what, strings.Join(vnames, ", "), who, onceFor(pass.TypesInfo, s.node))
	}
	return nil
}

func (c *checker) imported(fn *types.Func) (effects.Chain[heavy], bool) {
	return effects.Imported[heavy](c.pass, c.m, fn)
}

// heavyIn returns the first heavy node in e and its description.
func (c *checker) heavyIn(e ast.Node) (ast.Node, string) {
	var node ast.Node
	var what string
	ast.Inspect(e, func(n ast.Node) bool {
		if node != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			if f := c.m.Node(n); f != nil && f.ColdStart() {
				if ch, ok := c.chains[f]; ok {
					node, what = n, "a function literal that calls "+ch.Cause.Func
				}
			}
			return false
		case *ast.CallExpr:
			fn := knowledge.Callee(c.pass.TypesInfo, n)
			if fn == nil {
				return true
			}
			switch {
			case knowledge.IsHeavy(fn):
				node, what = n, knowledge.ShortName(fn)
			case c.m.Of(fn) != nil:
				if ch, ok := c.chains[c.m.Of(fn)]; ok {
					node, what = n, fmt.Sprintf("%s (it calls %s)", knowledge.ShortName(fn), ch.Cause)
				}
			case fn.Pkg() != c.pass.Pkg:
				if ch, ok := c.imported(fn); ok {
					node, what = n, fmt.Sprintf("%s (it calls %s)", knowledge.ShortName(fn), ch.Cause)
				}
			}
		}
		return node == nil
	})
	return node, what
}

// sites returns the heavy work of cold-start code that initializes
// package-level variables: in var declarations, and in the bodies the
// execution model says run only at cold start (init functions, a
// Lambda main before lambda.Start, the helpers they and the
// initializers call) assigning to package-level variables (directly, or
// through a local variable copied to one). A body that an entry point
// reaches too is not cold-start work only: its assignments may be the
// lazy initialization the rule recommends.
func (c *checker) sites() []site {
	var sites []site
	for _, file := range c.m.Files {
		for _, decl := range file.Decls {
			if decl, ok := decl.(*ast.GenDecl); ok && decl.Tok == token.VAR {
				for _, spec := range decl.Specs {
					vs := spec.(*ast.ValueSpec)
					for _, v := range vs.Values {
						// var _ = setup() keeps nothing: what setup
						// keeps is its own site.
						if node, what := c.heavyIn(v); node != nil && len(c.defined(vs.Names)) > 0 {
							sites = append(sites, site{node, what, c.defined(vs.Names)})
						}
					}
				}
			}
		}
	}
	for _, f := range c.coldOnly() {
		f.Inspect(func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for _, rhs := range as.Rhs {
				node, what := c.heavyIn(rhs)
				if node == nil {
					continue
				}
				if vars := c.assigned(f.Body(), as.Lhs); len(vars) > 0 {
					sites = append(sites, site{node, what, vars})
				}
			}
			return true
		})
	}
	return sites
}

// coldOnly returns the bodies that run at cold start and only then.
func (c *checker) coldOnly() []*funcmodel.Func {
	var funcs []*funcmodel.Func
	for _, f := range c.m.Funcs {
		if f.Node != nil && f.ColdStart() && !f.FunctionCode() && f.Body() != nil {
			funcs = append(funcs, f)
		}
	}
	return funcs
}

// defined returns the package-level variables declared by names.
func (c *checker) defined(names []*ast.Ident) []*types.Var {
	var vars []*types.Var
	for _, id := range names {
		if v, ok := c.pass.TypesInfo.Defs[id].(*types.Var); ok && id.Name != "_" {
			vars = append(vars, v)
		}
	}
	return vars
}

// assigned returns the package-level variables that the left-hand sides
// denote, or that a local among them is later copied into within body.
func (c *checker) assigned(body *ast.BlockStmt, lhs []ast.Expr) []*types.Var {
	var vars []*types.Var
	for _, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok || knowledge.IsError(v.Type()) {
			continue
		}
		if funcmodel.IsGlobal(v) && v.Pkg() == c.pass.Pkg {
			vars = append(vars, v)
			continue
		}
		// A local that a global is computed from: global = local,
		// global = local.Topic("t").
		ast.Inspect(body, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
				for i, r := range as.Rhs {
					if !code.Mentions(c.pass.TypesInfo, r, v) {
						continue
					}
					if gid, ok := ast.Unparen(as.Lhs[i]).(*ast.Ident); ok {
						if g, ok := c.pass.TypesInfo.Uses[gid].(*types.Var); ok && funcmodel.IsGlobal(g) && g.Pkg() == c.pass.Pkg {
							vars = append(vars, g)
						}
					}
				}
			}
			return true
		})
	}
	return vars
}

// onceFor names the once-only initializer that fits the heavy call: a
// call with two results, (client, error), needs sync.OnceValues.
func onceFor(info *types.Info, n ast.Node) string {
	if call, ok := n.(*ast.CallExpr); ok {
		if tup, ok := info.TypeOf(call).(*types.Tuple); ok && tup.Len() == 2 {
			return "sync.OnceValues"
		}
	}
	return "sync.OnceValue"
}
