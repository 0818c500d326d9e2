package knowledge

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// timersSrc ranges over the time package's channels and near misses.
const timersSrc = `package p

import "time"

type clock struct{ C chan int }

func f(t *time.Timer, k time.Ticker, c clock, ch chan time.Time) {
	for range time.After(0) {}      // timer
	for range time.Tick(0) {}       // timer
	for range t.C {}                // timer
	for range k.C {}                // timer
	for range time.NewTimer(0).C {} // timer
	for range c.C {}                // not
	for range ch {}                 // not
}
`

func TestIsTimerChannel(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", timersSrc, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}, Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	ast.Inspect(f, func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if !ok {
			return true
		}
		line := fset.Position(loop.Pos()).Line
		want := false
		for _, c := range f.Comments {
			if fset.Position(c.Pos()).Line == line {
				want = c.Text() == "timer\n"
			}
		}
		if got := IsTimerChannel(info, loop.X); got != want {
			t.Errorf("line %d: IsTimerChannel(%s) = %v, want %v", line, types.ExprString(loop.X), got, want)
		}
		return true
	})
}

func TestProcessTables(t *testing.T) {
	imp := importer.Default()
	lookup := func(pkgPath, name string) types.Object {
		pkg, err := imp.Import(pkgPath)
		if err != nil {
			t.Fatal(err)
		}
		return pkg.Scope().Lookup(name)
	}
	fn := func(pkgPath, name string) *types.Func { return lookup(pkgPath, name).(*types.Func) }
	v := func(pkgPath, name string) *types.Var { return lookup(pkgPath, name).(*types.Var) }
	method := func(pkgPath, typ, name string) *types.Func {
		recv := lookup(pkgPath, typ).Type()
		if !types.IsInterface(recv) {
			recv = types.NewPointer(recv)
		}
		m, _, _ := types.LookupFieldOrMethod(recv, true, nil, name)
		return m.(*types.Func)
	}
	if s, ok := ProcessStateOf(fn("os", "Setenv")); !ok || s != Environment {
		t.Error("os.Setenv does not change the environment")
	}
	if _, ok := ProcessStateOf(fn("os", "Getenv")); ok {
		t.Error("os.Getenv changes process state")
	}
	if !IsSharedDefault(v("net/http", "DefaultClient")) || IsSharedDefault(v("net/http", "ErrNotSupported")) {
		t.Error("IsSharedDefault does not tell http.DefaultClient from http.ErrNotSupported")
	}
	if !ExitsOnBadFlag(v("flag", "CommandLine")) || ExitsOnBadFlag(v("os", "Args")) {
		t.Error("ExitsOnBadFlag does not tell flag.CommandLine from os.Args")
	}
	if p, ok := FlagParseOf(fn("flag", "Parse")); !ok || !p.CommandLine {
		t.Error("flag.Parse does not parse flag.CommandLine")
	}
	if p, ok := FlagParseOf(method("flag", "FlagSet", "Parse")); !ok || p.CommandLine {
		t.Error("(*flag.FlagSet).Parse is not a parse of its receiver")
	}
	if i, ok := FlagSetHandlingArg(fn("flag", "NewFlagSet")); !ok || i != 1 {
		t.Error("flag.NewFlagSet's error handling is not its argument 1")
	}
	if i, ok := HostPortJoinOf(fn("net", "JoinHostPort")); !ok || i != 1 {
		t.Error("net.JoinHostPort's port is not its argument 1")
	}
	if i, ok := SprintfOf(fn("fmt", "Sprintf")); !ok || i != 0 {
		t.Error("fmt.Sprintf's format is not its argument 0")
	}
	if _, ok := SprintfOf(fn("fmt", "Sprint")); ok {
		t.Error("fmt.Sprint has a format")
	}
	if !IsPipe(fn("io", "Pipe")) || IsPipe(fn("io", "Copy")) {
		t.Error("IsPipe does not tell io.Pipe from io.Copy")
	}
	if !IsContextDone(method("context", "Context", "Done")) || IsContextDone(method("context", "Context", "Err")) {
		t.Error("IsContextDone does not tell ctx.Done from ctx.Err")
	}
	if !OpensConnection(method("net/http", "Transport", "Clone")) || OpensConnection(method("net/http", "Transport", "CloseIdleConnections")) {
		t.Error("OpensConnection does not tell (*http.Transport).Clone from CloseIdleConnections")
	}
	if IsHeavy(fn("database/sql", "Open")) {
		t.Error("sql.Open, which connects lazily, is heavy")
	}
}
