// Package knowledge holds fnlint's tables of external APIs: the
// registration functions that declare entry points, the calls that end the
// process, and the calls that start work outliving an invocation.
//
// Every entry is matched by type, through the callee's package path,
// receiver type name and function name (see [Key]), never by the spelling
// of an import name.
package knowledge

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Key returns the table key of fn: "pkg/path.Name" for a function and
// "pkg/path.Type.Name" for a method (pointer receivers are not marked).
// Generic functions and methods are keyed by their origin. A vendored
// package path is keyed as if it were not vendored.
//
// The key is computed on every call, as staticcheck computes its
// typeutil.FuncName: no cache outlives an analysis or holds its objects.
func Key(fn *types.Func) string {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return fn.Name() // universe (error.Error)
	}
	path := fn.Pkg().Path()
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		path = path[i+len("/vendor/"):]
	}
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			return path + "." + t.Obj().Name() + "." + fn.Name()
		case *types.Interface:
			return path + ".?." + fn.Name()
		}
	}
	return path + "." + fn.Name()
}

// Callee returns the statically known function or method called by call,
// or nil (builtins, conversions, calls of function values, a nil call).
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	if call == nil {
		return nil
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// CalleeKey returns Key of the static callee of call, or "".
func CalleeKey(info *types.Info, call *ast.CallExpr) string {
	if fn := Callee(info, call); fn != nil {
		return Key(fn)
	}
	return ""
}

// IsBuiltin reports whether call calls the predeclared function name
// (panic, recover, close, ...), however it is parenthesized.
func IsBuiltin(info *types.Info, call *ast.CallExpr, name string) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return ok && b.Name() == name
}

// IsNamed reports whether t, or the type it points to, is the named type
// pkgPath.name.
func IsNamed(t types.Type, pkgPath, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == pkgPath && obj.Name() == name
}

// IsError reports whether t is the predeclared error type.
func IsError(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// ShortName returns fn as a Go programmer writes it in a message:
// "log.Fatalf", "(*log.Logger).Fatal", "config.MustEnv".
func ShortName(fn *types.Func) string {
	fn = fn.Origin()
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Name() + "."
	}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		star := ""
		if p, ok := t.(*types.Pointer); ok {
			t, star = p.Elem(), "*"
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return "(" + star + pkg + n.Obj().Name() + ")." + fn.Name()
		}
	}
	return pkg + fn.Name()
}
