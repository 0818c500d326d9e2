package defuse_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"

	"github.com/fnlint/fnlint/internal/defuse"
)

const src = `package p

func f(xs []string, m map[string]int, ch chan int, q string) {
	a := "x"
	b, err := g()
	c := 1
	c = 2
	var d string
	d = a
	e := "y"
	ptr := &e
	for _, x := range xs {
		_ = x
	}
	for v := range ch {
		_ = v
	}
	var p, perr = g()
	var w, ok = m["k"]
	n := 0
	n++
	_ = &q
	_, _, _, _, _, _, _, _, _, _ = b, err, c, d, ptr, p, perr, w, ok, n
}

func g() (string, error) { return "", nil }
`

func TestOf(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object), Uses: make(map[*ast.Ident]types.Object), Types: make(map[ast.Expr]types.TypeAndValue)}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{file}, info); err != nil {
		t.Fatal(err)
	}
	vars := make(map[string]*types.Var)
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok {
			vars[id.Name] = v
		}
	}
	l := defuse.Of(info, file.Decls[0].(*ast.FuncDecl).Body)
	for _, tc := range []struct {
		name      string
		single    bool
		addressed bool   // SingleAddressed's answer
		index     int    // for a tuple
		elem      bool   // a range value
		value     string // the value's expression
	}{
		{"a", true, true, -1, false, `"x"`},
		{"b", true, true, 0, false, "g()"},
		{"err", true, true, 1, false, "g()"},
		{"c", false, false, 0, false, ""},
		{"d", false, false, 0, false, ""}, // var d string, then d = a
		{"e", false, true, -1, false, `"y"`},
		{"x", true, true, -1, true, "xs"},
		{"v", false, false, 0, false, ""}, // a range over a channel
		// A tuple declared is a tuple assigned.
		{"p", true, true, 0, false, "g()"},
		{"perr", true, true, 1, false, "g()"},
		{"w", false, false, 0, false, ""}, // var w, ok = m[k]
		{"ok", false, false, 0, false, ""},
		{"n", false, false, 0, false, ""}, // n := 0, then n++
	} {
		d, ok := l.Single(vars[tc.name])
		if ok != tc.single {
			t.Errorf("Single(%s) = %v, want %v", tc.name, ok, tc.single)
		}
		d, ok = l.SingleAddressed(vars[tc.name])
		if ok != tc.addressed {
			t.Errorf("SingleAddressed(%s) = %v, want %v", tc.name, ok, tc.addressed)
			continue
		}
		if ok && (d.Index != tc.index || d.Elem != tc.elem || types.ExprString(d.Value) != tc.value) {
			t.Errorf("%s: got %s index %d elem %v, want %s index %d elem %v", tc.name, types.ExprString(d.Value), d.Index, d.Elem, tc.value, tc.index, tc.elem)
		}
	}
	if l.Defined(vars["xs"]) {
		t.Errorf("Defined(xs), a parameter given no value in the body, = true")
	}
	// A parameter whose address is taken is given no value the body
	// shows, but may be given one through the pointer: the two answers
	// stay apart, for each rule to weigh.
	if l.Defined(vars["q"]) || !l.Addressed(vars["q"]) {
		t.Errorf("q, a parameter whose address is taken: Defined = %v, Addressed = %v; want false, true", l.Defined(vars["q"]), l.Addressed(vars["q"]))
	}
	if !l.Addressed(vars["e"]) || l.Addressed(vars["a"]) {
		t.Errorf("Addressed(e) = %v, Addressed(a) = %v; want true, false", l.Addressed(vars["e"]), l.Addressed(vars["a"]))
	}
	// Defs holds every value given, those not followed with a nil Value.
	var got []string
	for _, d := range l.Defs(vars["c"]) {
		got = append(got, types.ExprString(d.Value))
	}
	if want := []string{"1", "2"}; !slices.Equal(got, want) {
		t.Errorf("Defs(c) = %q, want %q", got, want)
	}
	got = nil
	for _, d := range l.Defs(vars["n"]) {
		if d.Value == nil {
			got = append(got, "<not followed>")
		} else {
			got = append(got, types.ExprString(d.Value))
		}
	}
	if want := []string{"0", "<not followed>"}; !slices.Equal(got, want) {
		t.Errorf("Defs(n) = %q, want %q", got, want)
	}
}
