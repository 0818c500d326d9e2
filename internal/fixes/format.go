package fixes

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
)

// FormatChanged returns fixed, the text of src after a driver applied
// fixes to it, gofmt'd where the fixes changed it: the edits of a fix
// are laid out like the code around them, but a line they shorten or
// lengthen breaks the alignment of the trailing comments beside it,
// which only gofmt restores.
//
// When src was gofmt-clean, the whole of fixed is formatted, so that the
// result is gofmt-clean too. Otherwise only the top-level declarations
// that the fixes changed are formatted, and only those that were
// gofmt-clean before: the code the user keeps unformatted stays as it
// is, and so does a declaration the fix changed when it was unformatted
// before (its lines keep their layout, the fix's lines follow it). A
// file with CRLF line endings keeps them. fixed is returned unchanged
// when either text does not parse.
func FormatChanged(src, fixed []byte) []byte {
	if formatted, err := format.Source(src); err == nil && bytes.Equal(formatted, src) {
		if out, err := format.Source(fixed); err == nil {
			return out
		}
		return fixed
	}
	fsetA, fsetB := token.NewFileSet(), token.NewFileSet()
	a, err := parser.ParseFile(fsetA, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return fixed
	}
	b, err := parser.ParseFile(fsetB, "", fixed, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return fixed
	}
	unchanged := make(map[string]int) // the texts of src's declarations
	before := make(map[string]string) // by declKeys
	keysA := declKeys(a.Decls)
	for i, d := range a.Decls {
		text := declText(fsetA, src, d)
		unchanged[text]++
		before[keysA[i]] = text
	}
	type repl struct {
		start, end int
		text       []byte
	}
	var repls []repl
	keys := declKeys(b.Decls)
	for i, d := range b.Decls {
		text := declText(fsetB, fixed, d)
		if unchanged[text] > 0 {
			unchanged[text]--
			continue
		}
		if old, ok := before[keys[i]]; ok {
			if f, ok := formatDecl(old); !ok || f != old {
				continue // unformatted before: keep the user's layout
			}
		}
		f, ok := formatDecl(text)
		if !ok || f == text {
			continue
		}
		start, end := declSpan(fsetB, d)
		repls = append(repls, repl{start, end, []byte(f)})
	}
	if len(repls) == 0 {
		return fixed
	}
	var out bytes.Buffer
	last := 0
	for _, r := range repls { // in file order
		out.Write(fixed[last:r.start])
		out.Write(r.text)
		last = r.end
	}
	out.Write(fixed[last:])
	return out.Bytes()
}

// declSpan returns the offsets of the text of d with its doc comment.
func declSpan(fset *token.FileSet, d ast.Decl) (start, end int) {
	from := d.Pos()
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Doc != nil {
			from = d.Doc.Pos()
		}
	case *ast.GenDecl:
		if d.Doc != nil {
			from = d.Doc.Pos()
		}
	}
	tf := fset.File(from)
	return tf.Offset(from), tf.Offset(d.End())
}

// declText returns the text of d, with its doc comment.
func declText(fset *token.FileSet, src []byte, d ast.Decl) string {
	start, end := declSpan(fset, d)
	return string(src[start:end])
}

// declKeys returns a key for each declaration of decls that names it
// across fixes: a function by its receiver and name, any other
// declaration by its token and its place among the declarations of that
// token (fixes add or delete only import declarations).
func declKeys(decls []ast.Decl) []string {
	keys := make([]string, len(decls))
	count := make(map[token.Token]int)
	for i, d := range decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			recv := ""
			if d.Recv != nil && len(d.Recv.List) > 0 {
				recv = recvName(d.Recv.List[0].Type)
			}
			keys[i] = "func " + recv + "." + d.Name.Name
		case *ast.GenDecl:
			keys[i] = fmt.Sprintf("%s %d", d.Tok, count[d.Tok])
			count[d.Tok]++
		default:
			keys[i] = fmt.Sprintf("bad %d", i)
		}
	}
	return keys
}

// recvName returns the name of a receiver's type, without its pointer and
// type parameters.
func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// formatDecl returns the text of one top-level declaration gofmt'd, with
// the CRLF line endings it had, and whether it could be formatted.
func formatDecl(text string) (string, bool) {
	crlf := bytes.Contains([]byte(text), []byte("\r\n"))
	in := []byte(text)
	if crlf {
		in = bytes.ReplaceAll(in, []byte("\r\n"), []byte("\n"))
	}
	out, err := format.Source(in)
	if err != nil {
		return "", false
	}
	if crlf {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n"))
	}
	return string(out), true
}
