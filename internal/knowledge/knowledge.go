// Package knowledge holds fnlint's tables of external APIs: the
// registration functions that declare entry points, the calls that end the
// process, and the calls that start work outliving an invocation.
//
// Every entry is matched by type, through the callee's package path,
// receiver type name and function name (see [Key]), never by the spelling
// of an import name. The tables are unexported: a check asks a typed
// lookup (RegistrationOf, FileOpOf, ...) about a *types.Func and never
// builds or compares a key itself.
package knowledge

import (
	"bytes"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Key returns the table key of fn, written as types.Func.FullName and
// staticcheck's typeutil.FuncName write it: "net/http.Get" for a
// function, "(*net/http.Client).Do" for a method declared on a pointer
// receiver, "(net/http.ResponseWriter).Write" for one declared on a
// value receiver or in an interface. Generic functions and methods are
// keyed by their origin, without type parameters ("(*example.com/p.List).Push").
// A vendored package path is keyed as if it were not vendored. A method
// of an unnamed interface is keyed "(interface).Name".
//
// The key is computed on every call, as staticcheck computes its
// typeutil.FuncName: no cache outlives an analysis or holds its objects.
// It is the name a function has across the cache and the drivers
// (summaries, registrations in other packages); the tables are read
// through their typed lookups, never by a caller's key.
func Key(fn *types.Func) string { return string(appendKey(nil, fn)) }

// appendKey appends the key of fn (see Key) to b: the tables' lookups
// build it in a buffer on the stack, and index the table without
// allocating a string (they run at every call the analyzers judge).
func appendKey(b []byte, fn *types.Func) []byte {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return append(b, fn.Name()...) // universe (error.Error)
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return append(append(append(b, unvendor(fn.Pkg().Path())...), '.'), fn.Name()...)
	}
	t, star := recv.Type(), false
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t, star = p.Elem(), true
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		b = append(b, '(')
		if star {
			b = append(b, '*')
		}
		b = append(append(append(b, unvendor(n.Obj().Pkg().Path())...), '.'), n.Obj().Name()...)
		return append(append(b, ")."...), fn.Name()...)
	}
	return append(append(b, "(interface)."...), fn.Name()...)
}

// unvendor returns a package path as it is outside a vendor directory.
func unvendor(path string) string {
	if i := strings.LastIndex(path, "/vendor/"); i >= 0 {
		return path[i+len("/vendor/"):]
	}
	return strings.TrimPrefix(path, "vendor/")
}

// lookup returns the entry of table for fn (nil: none). A method's entry
// matches however the method is declared: written with a pointer
// receiver ("(*T).M") or a value one ("(T).M"), whichever the key of fn
// has, so an entry does not depend on a library's choice of receiver,
// which can differ between its versions.
func lookup[V any](table map[string]V, fn *types.Func) (V, bool) {
	var zero V
	if fn == nil {
		return zero, false
	}
	var buf, altBuf [192]byte
	key := appendKey(buf[:0], fn)
	if v, ok := table[string(key)]; ok {
		return v, true
	}
	if alt, ok := appendOtherReceiver(altBuf[:0], key); ok {
		v, ok := table[string(alt)]
		return v, ok
	}
	return zero, false
}

// has reports whether a set of keys holds fn (see lookup).
func has(set map[string]bool, fn *types.Func) bool {
	v, _ := lookup(set, fn)
	return v
}

// otherReceiver returns a method's key with its receiver written the
// other way: "(T).M" for "(*T).M" and back.
func otherReceiver(key string) (string, bool) {
	alt, ok := appendOtherReceiver(nil, []byte(key))
	return string(alt), ok
}

// appendOtherReceiver appends to b the key with its receiver written the
// other way (see otherReceiver).
func appendOtherReceiver(b, key []byte) ([]byte, bool) {
	if rest, ok := bytes.CutPrefix(key, []byte("(*")); ok {
		return append(append(b, '('), rest...), true
	}
	if rest, ok := bytes.CutPrefix(key, []byte("(")); ok && !bytes.HasPrefix(rest, []byte("interface)")) {
		return append(append(b, "(*"...), rest...), true
	}
	return b, false
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
