package knowledge

import (
	"go/importer"
	"go/types"
	"strings"
	"testing"
)

func TestKeyAndShortName(t *testing.T) {
	imp := importer.Default()
	lookup := func(pkgPath, name string) types.Object {
		pkg, err := imp.Import(pkgPath)
		if err != nil {
			t.Fatal(err)
		}
		return pkg.Scope().Lookup(name)
	}
	logger := lookup("log", "Logger").Type()
	fatal, _, _ := types.LookupFieldOrMethod(logger, true, nil, "Fatalf")
	wg := lookup("sync", "WaitGroup").Type()
	wait, _, _ := types.LookupFieldOrMethod(wg, true, nil, "Wait")
	for _, tc := range []struct {
		fn         types.Object
		key, short string
	}{
		{lookup("os", "Exit"), "os.Exit", "os.Exit"},
		{fatal, "(*log.Logger).Fatalf", "(*log.Logger).Fatalf"},
		{wait, "(*sync.WaitGroup).Wait", "(*sync.WaitGroup).Wait"},
	} {
		fn := tc.fn.(*types.Func)
		if got := Key(fn); got != tc.key {
			t.Errorf("Key = %q, want %q", got, tc.key)
		}
		if got := ShortName(fn); got != tc.short {
			t.Errorf("ShortName = %q, want %q", got, tc.short)
		}
	}
	if e, ok := ExitOf(fatal.(*types.Func)); !ok || !e.Printf || e.Sibling != "Printf" {
		t.Errorf("ExitOf((*log.Logger).Fatalf) = %+v, %v, want a Printf-like exit beside Printf", e, ok)
	}
	if _, ok := ExitOf(nil); ok {
		t.Error("ExitOf(nil) is an exit")
	}
	method := func(pkg, typ, name string) *types.Func {
		m, _, _ := types.LookupFieldOrMethod(lookup(pkg, typ).Type(), true, nil, name)
		return m.(*types.Func)
	}
	if LockOpOf(method("sync", "RWMutex", "RLock")) != Acquire || LockOpOf(method("sync", "Mutex", "Unlock")) != Release || LockOpOf(method("sync", "Mutex", "TryLock")) != NoLockOp {
		t.Error("LockOpOf does not tell RLock, Unlock and TryLock apart")
	}
	if !IsOnceDo(method("sync", "Once", "Do")) || !IsRequestContext(method("net/http", "Request", "Context")) {
		t.Error("IsOnceDo or IsRequestContext misses its method")
	}
	if !ReturnsCancel(lookup("context", "WithTimeout").(*types.Func)) || ReturnsCancel(lookup("context", "WithValue").(*types.Func)) {
		t.Error("ReturnsCancel does not tell WithTimeout from WithValue")
	}
	if !NewError(lookup("fmt", "Errorf").(*types.Func)) || NewError(lookup("fmt", "Sprintf").(*types.Func)) || !ReturnsTempDir(lookup("os", "TempDir").(*types.Func)) {
		t.Error("NewError or ReturnsTempDir is wrong")
	}
	if !IsJoin(wait.(*types.Func)) {
		t.Error("(*sync.WaitGroup).Wait is not a join")
	}
}

func TestIsRouter(t *testing.T) {
	pkg := func(path string) *types.Package { return types.NewPackage(path, path[strings.LastIndex(path, "/")+1:]) }
	named := func(p *types.Package, name string) *types.Named {
		return types.NewNamed(types.NewTypeName(0, p, name, nil), types.NewStruct(nil, nil), nil)
	}
	for _, c := range []struct {
		t    types.Type
		want bool
	}{
		{types.NewPointer(named(pkg("net/http"), "ServeMux")), true},
		{named(pkg("github.com/go-chi/chi/v5"), "Router"), true},
		{types.NewPointer(named(pkg("github.com/gorilla/mux"), "Route")), true},
		{types.NewPointer(named(pkg("example.com/fn/vendor/github.com/gorilla/mux"), "Router")), true},
		{named(pkg("net/http"), "Request"), false},
		{types.Typ[types.String], false},
	} {
		if got := IsRouter(c.t); got != c.want {
			t.Errorf("IsRouter(%v) = %v, want %v", c.t, got, c.want)
		}
	}
}

func TestIsError(t *testing.T) {
	errType := types.Universe.Lookup("error").Type()
	named := types.NewNamed(types.NewTypeName(0, nil, "myError", nil), errType.Underlying(), nil)
	alias := types.NewAlias(types.NewTypeName(0, nil, "E", nil), errType)
	for _, tc := range []struct {
		name string
		t    types.Type
		want bool
	}{
		{"error", errType, true},
		{"an alias of error", alias, true},
		{"a named type with error's methods", named, false},
		{"the empty interface", types.NewInterfaceType(nil, nil), false},
		{"string", types.Typ[types.String], false},
		{"no type", nil, false},
	} {
		if got := IsError(tc.t); got != tc.want {
			t.Errorf("IsError(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestGoMinor(t *testing.T) {
	for v, want := range map[string]int{"go1.21.0": 21, "go1.22rc1": 22, "go1.21beta1": 21, "1.26.3": 26, "go1.27": 27, "1.9": 9, "go1.21": 21} {
		if m, ok := GoMinor(v); !ok || m != want {
			t.Errorf("GoMinor(%q) = %d, %v, want %d", v, m, ok, want)
		}
	}
	for _, v := range []string{"devel", "", "go2.0", "1.x"} {
		if m, ok := GoMinor(v); ok {
			t.Errorf("GoMinor(%q) = %d, true, want false", v, m)
		}
	}
}
