// Package textpos converts byte offsets in a file's content into the
// positions that editors and code scanning use, and back: lines and
// columns counted in UTF-16 code units, the Language Server Protocol's
// position encoding and SARIF's utf16CodeUnits column kind. Lines end at
// a line feed, a carriage return, or both, as both protocols say.
package textpos

import (
	"go/token"
	"sort"
	"unicode/utf8"
)

// A Content is a file's content with its line starts.
type Content struct {
	src   []byte
	lines []int // byte offset of the start of each line
}

// New returns the Content of src.
func New(src []byte) *Content {
	lines := []int{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			lines = append(lines, i+1)
		case '\n':
			lines = append(lines, i+1)
		}
	}
	return &Content{src: src, lines: lines}
}

// Bytes returns the content.
func (c *Content) Bytes() []byte { return c.src }

// Position returns the 0-based line and UTF-16 column of the byte
// offset off, clamped to the content. An offset inside a line break or
// a UTF-8 sequence counts as the start of that break or sequence.
func (c *Content) Position(off int) (line, col int) {
	off = max(0, min(off, len(c.src)))
	line = sort.Search(len(c.lines), func(i int) bool { return c.lines[i] > off }) - 1
	start := c.lines[line]
	end := min(off, c.lineEnd(line))
	for i := start; i < end; {
		r, n := utf8.DecodeRune(c.src[i:])
		if i+n > end {
			break
		}
		col += units(r)
		i += n
	}
	return line, col
}

// Offset returns the byte offset of the 0-based line and UTF-16 column.
// As the Language Server Protocol says, a column past the end of its
// line means the end of the line; a line past the last means the end of
// the content. A column inside a surrogate pair means the start of the
// pair's character. Offset reports false for a negative line or column.
func (c *Content) Offset(line, col int) (int, bool) {
	if line < 0 || col < 0 {
		return 0, false
	}
	if line >= len(c.lines) {
		return len(c.src), true
	}
	i, end := c.lines[line], c.lineEnd(line)
	for i < end {
		r, n := utf8.DecodeRune(c.src[i:])
		u := units(r)
		if col < u {
			break
		}
		col -= u
		i += n
	}
	return i, true
}

// lineEnd returns the offset of the line break that ends the line, or
// the end of the content.
func (c *Content) lineEnd(line int) int {
	if line+1 >= len(c.lines) {
		return len(c.src)
	}
	end := c.lines[line+1] - 1
	if end > c.lines[line] && c.src[end] == '\n' && c.src[end-1] == '\r' {
		end--
	}
	return end
}

// units returns the number of UTF-16 code units that encode r; an
// invalid byte decodes to U+FFFD, one unit, as editors show it.
func units(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// A Mapper maps the positions of a file set to UTF-16 positions in the
// files' content, reading each file once.
type Mapper struct {
	fset  *token.FileSet
	read  func(filename string) ([]byte, bool)
	files map[string]*Content
}

// NewMapper returns a Mapper for fset that reads a file's content with
// read: it must be the content the file set's files were parsed from.
func NewMapper(fset *token.FileSet, read func(filename string) ([]byte, bool)) *Mapper {
	return &Mapper{fset: fset, read: read, files: make(map[string]*Content)}
}

// Content returns the content of the named file, or nil if read has
// none.
func (m *Mapper) Content(filename string) *Content {
	c, ok := m.files[filename]
	if !ok {
		if src, found := m.read(filename); found {
			c = New(src)
		}
		m.files[filename] = c
	}
	return c
}

// A Location is a position as an editor counts it.
type Location struct {
	Filename  string
	Line, Col int // 0-based; Col in UTF-16 code units
	// Exact reports whether Col is exact: it is not when the content is
	// unknown, or a //line directive moves the position to another file
	// (whose Line is the directive's), and then Col is 0.
	Exact bool
}

// Locate returns the Location of pos.
func (m *Mapper) Locate(pos token.Pos) Location {
	p := m.fset.PositionFor(pos, false)
	if adj := m.fset.Position(pos); adj.Filename != p.Filename {
		return Location{Filename: adj.Filename, Line: max(adj.Line-1, 0)}
	}
	c := m.Content(p.Filename)
	if c == nil || p.Offset > len(c.src) {
		return Location{Filename: p.Filename, Line: max(p.Line-1, 0)}
	}
	line, col := c.Position(p.Offset)
	return Location{Filename: p.Filename, Line: line, Col: col, Exact: true}
}
