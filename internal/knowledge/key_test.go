package knowledge

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// libSrc declares a method of each receiver kind, an interface whose
// method another interface embeds, and generic code; it is checked
// under a vendored path.
const libSrc = `package lib

type V struct{}

func (V) Val() {}

type P struct{}

func (*P) Ptr() {}

type I interface{ M() }

type J interface{ I }

type List[T any] struct{}

func (*List[T]) Push(T) {}

func Map[T any](T) {}

var (
	_ = new(List[int])
	_ = Map[string]
)
`

func checkLib(t *testing.T, path string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "lib.go", libSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check(path, fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// methodOf returns the method name of the named type typ of pkg, found
// through the pointer's method set (as a call finds it).
func methodOf(t *testing.T, pkg *types.Package, typ, name string) *types.Func {
	t.Helper()
	recv := pkg.Scope().Lookup(typ).Type()
	if !types.IsInterface(recv) {
		recv = types.NewPointer(recv)
	}
	obj, _, _ := types.LookupFieldOrMethod(recv, true, pkg, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		t.Fatalf("no method %s.%s", typ, name)
	}
	return fn
}

// TestKeyForms: Key writes each kind of function as FullName does,
// unvendored, generic code by its origin; a table entry matches a
// method whichever receiver the entry writes.
func TestKeyForms(t *testing.T) {
	pkg := checkLib(t, "example.com/fn/vendor/example.com/lib")
	list := pkg.Scope().Lookup("List").Type().(*types.Named)
	inst, err := types.Instantiate(nil, list, []types.Type{types.Typ[types.Int]}, true)
	if err != nil {
		t.Fatal(err)
	}
	pushInt, _, _ := types.LookupFieldOrMethod(types.NewPointer(inst), true, pkg, "Push")
	mapFn := pkg.Scope().Lookup("Map").(*types.Func)

	for _, tc := range []struct {
		name string
		fn   *types.Func
		key  string
	}{
		{"value receiver", methodOf(t, pkg, "V", "Val"), "(example.com/lib.V).Val"},
		{"pointer receiver", methodOf(t, pkg, "P", "Ptr"), "(*example.com/lib.P).Ptr"},
		{"interface method", methodOf(t, pkg, "I", "M"), "(example.com/lib.I).M"},
		{"embedded interface method", methodOf(t, pkg, "J", "M"), "(example.com/lib.I).M"},
		{"generic method", methodOf(t, pkg, "List", "Push"), "(*example.com/lib.List).Push"},
		{"instantiated generic method", pushInt.(*types.Func), "(*example.com/lib.List).Push"},
		{"generic function", mapFn, "example.com/lib.Map"},
	} {
		if got := Key(tc.fn); got != tc.key {
			t.Errorf("Key(%s) = %q, want %q", tc.name, got, tc.key)
		}
	}

	// An entry matches whether it writes the receiver as a pointer or
	// not, however the method is declared; never another method.
	table := map[string]int{
		"(*example.com/lib.V).Val":    1, // declared on V
		"(example.com/lib.P).Ptr":     2, // declared on *P
		"(*example.com/lib.I).M":      3, // an interface's
		"(example.com/lib.List).Push": 4,
		"example.com/lib.Map":         5,
	}
	for _, tc := range []struct {
		fn   *types.Func
		want int
	}{
		{methodOf(t, pkg, "V", "Val"), 1},
		{methodOf(t, pkg, "P", "Ptr"), 2},
		{methodOf(t, pkg, "J", "M"), 3},
		{pushInt.(*types.Func), 4},
		{mapFn, 5},
	} {
		if got, ok := lookup(table, tc.fn); !ok || got != tc.want {
			t.Errorf("lookup(%s) = %d, %v, want %d", Key(tc.fn), got, ok, tc.want)
		}
	}
	other := checkLib(t, "example.com/other")
	if _, ok := lookup(table, methodOf(t, other, "V", "Val")); ok {
		t.Error("an entry matches the method of the same name of another package")
	}
	if _, ok := lookup(table, nil); ok {
		t.Error("an entry matches nil")
	}
}
