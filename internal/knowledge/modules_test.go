package knowledge

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestDescribesModule(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/GoogleCloudPlatform/functions-framework-go": true,  // Registrations
		"github.com/aws/aws-lambda-go":                          true,  // its lambda package
		"github.com/cloudevents/sdk-go/v2":                      true,  // the CloudEvent signature
		"cloud.google.com/go/storage":                           true,  // a Cloud client library
		"cloud.google.com/go":                                   true,  // the root of the Cloud clients
		"golang.org/x/sync":                                     true,  // errgroup
		"github.com/sirupsen/logrus":                            true,  // Exits
		"github.com/klauspost/compress":                         true,  // WriterUses
		"example.com/common":                                    false, // the user's
		"github.com/unrolled/render":                            false, // unknown to fnlint
		"github.com/aws/aws-lambda-go-extras":                   false, // a sibling of a described module
		"cloud.google.com/gopher":                               false,
		"log":                                                   false, // the standard library has no module
		"":                                                      false,
	} {
		if got := DescribesModule(path); got != want {
			t.Errorf("DescribesModule(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestTableKeysReadsEveryTable checks that DescribesModule reads every
// table keyed by Key: every package-level map with string keys.
func TestTableKeysReadsEveryTable(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var tables, read []string
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					vs, ok := spec.(*ast.ValueSpec)
					if !ok || len(vs.Values) != 1 {
						continue
					}
					var typ ast.Expr
					switch v := vs.Values[0].(type) {
					case *ast.CompositeLit:
						typ = v.Type
					case *ast.CallExpr: // a table built by a function: func() map[string]T {...}()
						if fn, ok := v.Fun.(*ast.FuncLit); ok && fn.Type.Results != nil && len(fn.Type.Results.List) == 1 {
							typ = fn.Type.Results.List[0].Type
						}
					}
					if m, ok := typ.(*ast.MapType); ok {
						if id, ok := m.Key.(*ast.Ident); ok && id.Name == "string" {
							tables = append(tables, vs.Names[0].Name)
						}
					}
				}
			case *ast.FuncDecl:
				if decl.Name.Name != "tableKeys" && decl.Name.Name != "overrideKeys" {
					continue
				}
				ast.Inspect(decl.Body, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 2 {
						if id, ok := call.Args[1].(*ast.Ident); ok {
							read = append(read, id.Name)
						}
					}
					return true
				})
			}
		}
	}
	slices.Sort(tables)
	slices.Sort(read)
	if len(tables) < 10 || !slices.Equal(tables, read) {
		t.Errorf("tableKeys and overrideKeys read %v, want every table keyed by Key: %v", read, tables)
	}
	// An override names a summarized module, never a described one.
	for _, pkg := range packagesOf(overrideKeys()) {
		if describedModules()[pkg] {
			t.Errorf("override table names %s, a package of a module the tables describe", pkg)
		}
	}
}
