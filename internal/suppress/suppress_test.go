package suppress

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestCovers: a directive at the end of a line of code covers that line,
// one on a line of its own the next, whatever //line directives say.
func TestCovers(t *testing.T) {
	src := `package p // fnlint:ignore is not a directive

func f() {
	g() //fnlint:ignore a trailing
	//fnlint:ignore a alone
	g()
	for { //fnlint:ignore a after a brace
		g(
			1, //fnlint:ignore a inside a call
			//fnlint:ignore a alone inside a call
			2)
	} //fnlint:ignore a after a closing brace
	/* a comment */ //fnlint:ignore a after a comment only
//line generated.tmpl:100
	g() //fnlint:ignore a under a line directive
	//fnlint:ignore a alone under a line directive
	g()
}

func g(...int) {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"a trailing":                     true,
		"a alone":                        false,
		"a after a brace":                true,
		"a inside a call":                true,
		"a alone inside a call":          false,
		"a after a closing brace":        true,
		"a after a comment only":         false,
		"a under a line directive":       true,
		"a alone under a line directive": false,
	}
	ds := Parse(fset, f)
	if len(ds) != len(want) {
		t.Fatalf("parsed %d directives, want %d: %+v", len(ds), len(want), ds)
	}
	for _, d := range ds {
		reason := strings.Join(append(d.Names, d.Reason), " ")
		trailing, ok := want[reason]
		if !ok {
			t.Errorf("unexpected directive %q", reason)
			continue
		}
		if d.Trailing != trailing {
			t.Errorf("%q: Trailing = %v, want %v", reason, d.Trailing, trailing)
		}
		if wantLine := d.Line + 1; !trailing && d.Covers() != wantLine || trailing && d.Covers() != d.Line {
			t.Errorf("%q on line %d covers line %d", reason, d.Line, d.Covers())
		}
	}
}
