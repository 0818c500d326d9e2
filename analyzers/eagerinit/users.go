package eagerinit

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// users returns, for each entry point, the package-level variables it
// uses: referred to by the code it reaches or by its registration, closed
// over the variables their initializers refer to.
func (c *checker) users() map[*funcmodel.Entry]map[*types.Var]bool {
	refs := func(n ast.Node, into map[*types.Var]bool) {
		ast.Inspect(n, func(x ast.Node) bool {
			if v := c.global(x); v != nil {
				into[v] = true
			}
			return true
		})
	}
	// deps: the variables a variable's initializer refers to.
	deps := make(map[*types.Var]map[*types.Var]bool)
	for _, file := range c.m.Files {
		for _, decl := range file.Decls {
			if gd, ok := decl.(*ast.GenDecl); ok && gd.Tok == token.VAR {
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					for _, v := range c.defined(vs.Names) {
						deps[v] = make(map[*types.Var]bool)
						for _, val := range vs.Values {
							refs(val, deps[v])
						}
					}
				}
			}
		}
	}
	// And the variables cold-start code computes a variable from:
	// cfg, _ = config.LoadDefaultConfig(ctx); store = s3.NewFromConfig(cfg).
	computed, _ := c.coldStart()
	for v, from := range computed {
		if deps[v] == nil {
			deps[v] = make(map[*types.Var]bool)
		}
		maps.Copy(deps[v], from)
	}
	users := make(map[*funcmodel.Entry]map[*types.Var]bool)
	for _, e := range c.m.Entries {
		users[e] = make(map[*types.Var]bool)
		if e.Arg != nil {
			refs(e.Arg, users[e])
		}
	}
	for _, f := range c.m.Funcs {
		if len(f.Entries) == 0 {
			continue
		}
		own := c.globalsIn(f)
		for _, e := range f.Entries {
			for v := range own {
				users[e][v] = true
			}
		}
	}
	for _, e := range c.m.Entries {
		used := users[e]
		for queue := slices.Collect(maps.Keys(used)); len(queue) > 0; {
			v := queue[0]
			queue = queue[1:]
			for d := range deps[v] {
				if !used[d] {
					used[d] = true
					queue = append(queue, d)
				}
			}
		}
	}
	return users
}

// unseenUses returns the package-level variables that bodies with no
// phase refer to: code that no entry point is seen to reach and that
// does not run at cold start, yet exists, so something may reach it in
// a way the model does not follow (a function value kept in a field, a
// method called through an interface).
//
// So do the variables that cold-start code reads other than to compute
// another package-level variable (which users follows): their value
// goes into locals, fields or calls (a client built from a loaded
// configuration and captured by the handler's closure), which the
// analyzer does not follow to an entry point.
func (c *checker) unseenUses() map[*types.Var]bool {
	unseen := make(map[*types.Var]bool)
	for _, f := range c.m.Funcs {
		if f.Phase == 0 {
			maps.Copy(unseen, c.globalsIn(f))
		}
	}
	_, read := c.coldStart()
	maps.Copy(unseen, read)
	return unseen
}

// coldStart returns what the bodies that run only at cold start do with
// package-level variables, walking them once: the variables they assign,
// each with the variables it is computed from (cfg, _ =
// config.LoadDefaultConfig(ctx); store = s3.NewFromConfig(cfg)), and the
// variables they read other than to compute one (see unseenUses).
func (c *checker) coldStart() (computed map[*types.Var]map[*types.Var]bool, read map[*types.Var]bool) {
	if c.cold != nil {
		return c.cold.computed, c.cold.read
	}
	c.cold = &coldUses{computed: make(map[*types.Var]map[*types.Var]bool), read: make(map[*types.Var]bool)}
	for _, f := range c.coldOnly() {
		f.Inspect(func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				if v := c.global(n); v != nil {
					c.cold.read[v] = true
				}
				return true
			}
			var assigned []*types.Var
			for _, l := range as.Lhs {
				if v := c.global(ast.Unparen(l)); v != nil {
					assigned = append(assigned, v)
				} else {
					ast.Inspect(l, c.markRead(c.cold.read))
				}
			}
			for _, v := range assigned {
				if c.cold.computed[v] == nil {
					c.cold.computed[v] = make(map[*types.Var]bool)
				}
				for _, r := range as.Rhs {
					ast.Inspect(r, c.markRead(c.cold.computed[v]))
				}
			}
			if len(assigned) == 0 {
				for _, r := range as.Rhs {
					ast.Inspect(r, c.markRead(c.cold.read))
				}
			}
			return false
		})
	}
	return c.cold.computed, c.cold.read
}

// coldUses holds coldStart's answer.
type coldUses struct {
	computed map[*types.Var]map[*types.Var]bool
	read     map[*types.Var]bool
}

// markRead returns an ast.Inspect visitor that marks the package-level
// variables a subtree refers to.
func (c *checker) markRead(into map[*types.Var]bool) func(ast.Node) bool {
	return func(n ast.Node) bool {
		if v := c.global(n); v != nil {
			into[v] = true
		}
		return true
	}
}

// global returns the package-level variable of this package that n
// refers to, or nil.
func (c *checker) global(n ast.Node) *types.Var {
	if id, ok := n.(*ast.Ident); ok {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok && funcmodel.IsGlobal(v) && v.Pkg() == c.pass.Pkg {
			return v
		}
	}
	return nil
}

// globalsIn returns the package-level variables of this package that
// f's body refers to.
func (c *checker) globalsIn(f *funcmodel.Func) map[*types.Var]bool {
	out := make(map[*types.Var]bool)
	f.Inspect(func(n ast.Node) bool {
		if v := c.global(n); v != nil {
			out[v] = true
		}
		return true
	})
	return out
}
