package fixes

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
)

// A Text reads the source of a pass's files once each, for fixes that
// copy source text or look at the layout around a statement. One Text
// serves all the fixes of a pass, so that a file with many fixes is read
// once, not once per fix.
type Text struct {
	pass  *analysis.Pass
	files map[*token.File][]byte
}

// NewText returns a Text over the files of pass.
func NewText(pass *analysis.Pass) *Text {
	return &Text{pass: pass, files: make(map[*token.File][]byte)}
}

// file returns the token file of pos and its source, or nil.
func (t *Text) file(pos token.Pos) (*token.File, []byte) {
	tf := t.pass.Fset.File(pos)
	if tf == nil {
		return nil, nil
	}
	src, ok := t.files[tf]
	if !ok {
		src, _ = t.pass.ReadFile(tf.Name())
		if len(src) != tf.Size() {
			src = nil // not the text that was parsed
		}
		t.files[tf] = src
	}
	return tf, src
}

// Newline returns the line break of the file of pos: "\r\n" for a
// file with CRLF endings, else "\n". The lines a fix adds end in it,
// as gofmt restores it only in a declaration that was gofmt-clean.
func (t *Text) Newline(pos token.Pos) string {
	if _, src := t.file(pos); bytes.Contains(src, []byte("\r\n")) {
		return "\r\n"
	}
	return "\n"
}

// Source returns the source text between two positions of one file.
func (t *Text) Source(from, to token.Pos) (string, bool) {
	tf, src := t.file(from)
	if src == nil || t.pass.Fset.File(to) != tf {
		return "", false
	}
	i, j := tf.Offset(from), tf.Offset(to)
	if i < 0 || j > len(src) || i > j {
		return "", false
	}
	return string(src[i:j]), true
}

// Indent returns the leading white space of the line on which pos lies.
func (t *Text) Indent(pos token.Pos) string {
	tf, src := t.file(pos)
	if src == nil {
		return ""
	}
	start := lineStart(src, tf.Offset(pos))
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// lineStart returns the offset of the start of the line of src that
// holds offset off. It reads the text, not the file's line table: a
// //line directive changes what token.File.Line says, and LineStart
// wants the physical line.
func lineStart(src []byte, off int) int {
	return bytes.LastIndexByte(src[:off], '\n') + 1
}

// PhysicalLine returns the line of the file on which pos lies, counted
// in the file as it is, whatever //line directives say: the line to
// compare when laying out a fix.
func PhysicalLine(fset *token.FileSet, pos token.Pos) int {
	return fset.PositionFor(pos, false).Line
}

// A Line describes the text around a statement on its line.
type Line struct {
	// First reports whether only white space precedes the statement on
	// its line.
	First bool
	// Start is the start of the line; Next the start of the next line
	// (the end of the file on the last line).
	Start, Next token.Pos
	// Comment is the start of the comment that follows the statement on
	// its line, or token.NoPos.
	Comment token.Pos
	// End is where the line's text ends, before its line break, when
	// nothing but white space and a comment follows the statement on the
	// line; token.NoPos when more code follows.
	End token.Pos
}

// LineOf returns the layout of the line of the node n, which ends on the
// line where it starts or later: what precedes n on the line where it
// starts, and what follows it on the line where it ends.
func (t *Text) LineOf(n ast.Node) (Line, bool) {
	tf, src := t.file(n.Pos())
	if src == nil || t.pass.Fset.File(n.End()) != tf {
		return Line{}, false
	}
	var l Line
	start := lineStart(src, tf.Offset(n.Pos()))
	l.First = true
	for _, b := range src[start:tf.Offset(n.Pos())] {
		if b != ' ' && b != '\t' {
			l.First = false
		}
	}
	l.Start = tf.Pos(start)
	i := tf.Offset(n.End())
	skip := func() {
		for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
			i++
		}
	}
	skip()
	if i+1 < len(src) && src[i] == '/' && (src[i+1] == '/' || src[i+1] == '*') {
		l.Comment = tf.Pos(i)
		if src[i+1] == '/' {
			for i < len(src) && src[i] != '\n' {
				i++
			}
		} else {
			j := i + 2
			for j+1 < len(src) && (src[j] != '*' || src[j+1] != '/') {
				if src[j] == '\n' {
					return Line{}, false // a comment over several lines
				}
				j++
			}
			i = j + 2
			skip()
		}
	}
	switch {
	case i >= len(src):
		l.End, l.Next = tf.Pos(len(src)), tf.Pos(len(src))
	case src[i] == '\n' || src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n':
		end := i
		if src[i] == '\r' {
			i++
		}
		l.End, l.Next = tf.Pos(end), tf.Pos(i+1)
		if l.Comment.IsValid() && src[end-1] == '\r' {
			l.End-- // a line comment holds the carriage return
		}
	default:
		if l.Comment.IsValid() && src[tf.Offset(l.Comment)+1] == '/' {
			return Line{}, false // cannot happen: a line comment ends the line
		}
		for i < len(src) && src[i] != '\n' {
			i++
		}
		l.Next = tf.Pos(min(i+1, len(src)))
	}
	return l, true
}

// Between reports whether only white space and semicolons lie between
// two positions of one file.
func (t *Text) Between(from, to token.Pos) bool {
	s, ok := t.Source(from, to)
	if !ok {
		return false
	}
	for _, b := range []byte(s) {
		if b != ' ' && b != '\t' && b != ';' {
			return false
		}
	}
	return true
}

// HasComment reports whether a comment of file lies within [from, to).
func HasComment(file *ast.File, from, to token.Pos) bool {
	cs := file.Comments
	i := sort.Search(len(cs), func(i int) bool { return cs[i].End() > from })
	return i < len(cs) && cs[i].Pos() < to
}

// An Index counts the uses of each imported package name and local
// variable of a pass, once, so that a fix that deletes code can tell in
// time proportional to what it deletes whether it deletes the last use
// of one: an import then to delete too, a variable then declared and not
// used.
type Index struct {
	pass *analysis.Pass
	uses map[types.Object]int
}

// NewIndex returns the Index of pass.
func NewIndex(pass *analysis.Pass) *Index {
	uses := make(map[types.Object]int)
	for _, obj := range pass.TypesInfo.Uses {
		switch obj := obj.(type) {
		case *types.PkgName:
			uses[obj]++
		case *types.Var:
			if !obj.IsField() && obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope() {
				uses[obj]++
			}
		}
	}
	return &Index{pass: pass, uses: uses}
}

// Deleting returns the edits that delete the imports of file whose every
// use lies in the deleted nodes, except those of the packages that im
// has named for the replacement text; im then places the imports it
// adds clear of the deleted lines, so im.Edits must be called after
// Deleting. It reports false when the nodes hold every use of a local
// variable that is not a parameter or result of the function whose type
// sig is: deleting them would leave the variable declared and not used.
func (ix *Index) Deleting(file *ast.File, sig *ast.FuncType, deleted []ast.Node, im *Importer) ([]analysis.TextEdit, bool) {
	keep := im.Used()
	count := make(map[types.Object]int)
	for _, n := range deleted {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if obj := ix.pass.TypesInfo.Uses[id]; obj != nil && ix.uses[obj] > 0 {
					count[obj]++
				}
			}
			return true
		})
	}
	var edits []analysis.TextEdit
	for obj, n := range count {
		if n < ix.uses[obj] {
			continue
		}
		switch obj := obj.(type) {
		case *types.Var:
			if sig == nil || obj.Pos() < sig.Pos() || obj.Pos() >= sig.End() {
				return nil, false
			}
		case *types.PkgName:
			if !contains(keep, obj.Imported().Path()) {
				edits = append(edits, deleteImport(ix.pass, file, obj, im)...)
			}
		}
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Pos < edits[j].Pos })
	return edits, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
