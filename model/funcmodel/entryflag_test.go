package funcmodel_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestEntryFlagSyntax: -entry accepts importpath.Func and
// importpath.Type.Method and rejects other shapes, naming the value.
func TestEntryFlagSyntax(t *testing.T) {
	for _, ok := range []string{"example.com/fn.Handle", "example.com/fn.Server.Serve", "gopkg.in/yaml.v3.Handle", "fn.Handle", " example.com/fn.A , example.com/fn.B ", "lambda:example.com/fn.Handle", "cloudrun:example.com/fn.Server.Serve"} {
		if err := funcmodel.New(funcmodel.Config{}).Flags.Set("entry", ok); err != nil {
			t.Errorf("-entry=%s: %v", ok, err)
		}
	}
	for _, bad := range []string{"Handle", "example.com/fn", "example.com/fn.", "example.com/fn.Handle()", "(*example.com/fn.Server).Serve", "example.com/fn.Han dle", "/fn.Handle", "example.com//fn.Handle", "example.com/fn..Handle", "example.com/fn.9x", "aws:example.com/fn.Handle", "lambda:lambda:example.com/fn.Handle"} {
		err := funcmodel.New(funcmodel.Config{}).Flags.Set("entry", "example.com/fn.Ok,"+bad)
		if err == nil || !strings.Contains(err.Error(), `"`+bad+`"`) {
			t.Errorf("-entry=%s: error %v, want one naming the value", bad, err)
		}
	}
}

// TestCheckEntries: a value that names no function or method of the
// loaded packages is an error naming it and what is missing.
func TestCheckEntries(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "fn.go", `package fn

type Server struct{}

func (*Server) Serve() {}
func (Server) Value() {}
func Handle()         {}
var NotAFunc = 1
`, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("example.com/fn", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	pkgs := []*types.Package{pkg}
	if err := funcmodel.CheckEntries([]string{"example.com/fn.Handle", "example.com/fn.Server.Serve", "lambda:example.com/fn.Server.Value"}, pkgs); err != nil {
		t.Errorf("existing entry points: %v", err)
	}
	for value, want := range map[string]string{
		"example.com/nope.Handle":     "no package example.com/nope among the packages analyzed",
		"example.com/fn.Nope":         "package example.com/fn declares no function Nope",
		"example.com/fn.NotAFunc":     "package example.com/fn declares no function NotAFunc",
		"example.com/fn.Server.Nope":  "package example.com/fn declares no method Server.Nope",
		"example.com/fn.Nothing.Nope": "package example.com/fn declares no method Nothing.Nope",
		"lambda:example.com/fn.Nope":  "package example.com/fn declares no function Nope",
	} {
		err := funcmodel.CheckEntries([]string{"example.com/fn.Handle", value}, pkgs)
		if err == nil || !strings.Contains(err.Error(), "-funcmodel.entry="+value+": "+want) {
			t.Errorf("%s: error %v, want %q", value, err, want)
		}
	}
}
