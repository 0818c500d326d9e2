package deploy

import (
	"sort"
	"unicode/utf8"
)

// srcFile is a file's contents with its line table, turning the parsers'
// positions into Pos.
type srcFile struct {
	path  string
	data  []byte
	lines []int // byte offset of each line's start
}

func newSrcFile(path string, data []byte) *srcFile {
	f := &srcFile{path: path, data: data, lines: []int{0}}
	for i, b := range data {
		if b == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// atOffset returns the Pos of a byte offset.
func (f *srcFile) atOffset(off int) Pos {
	if off < 0 {
		off = 0
	}
	if off > len(f.data) {
		off = len(f.data)
	}
	i := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	return Pos{File: f.path, Line: i + 1, Column: off - f.lines[i] + 1, Offset: off}
}

// atLineByte returns the Pos of a 1-based line and 1-based byte column.
func (f *srcFile) atLineByte(line, col int) Pos {
	if line < 1 || line > len(f.lines) {
		return Pos{File: f.path, Line: line}
	}
	return f.atOffset(f.lines[line-1] + col - 1)
}

// atLineRune returns the Pos of a 1-based line and 1-based column counted
// in characters, as YAML parsers count.
func (f *srcFile) atLineRune(line, col int) Pos {
	if line < 1 || line > len(f.lines) {
		return Pos{File: f.path, Line: line}
	}
	off := f.lines[line-1]
	for c := 1; c < col && off < len(f.data) && f.data[off] != '\n'; c++ {
		_, w := utf8.DecodeRune(f.data[off:])
		off += w
	}
	return f.atOffset(off)
}

// line returns the text of a 1-based line, without its newline.
func (f *srcFile) line(n int) string {
	if n < 1 || n > len(f.lines) {
		return ""
	}
	end := len(f.data)
	if n < len(f.lines) {
		end = f.lines[n] - 1
	}
	start := f.lines[n-1]
	if end < start {
		end = start
	}
	s := string(f.data[start:end])
	if len(s) > 0 && s[len(s)-1] == '\r' {
		s = s[:len(s)-1]
	}
	return s
}

// errorAt returns an Error at a 1-based line, with no column (Column 0,
// Offset the line's start): the parsers that report it know only the line.
func (f *srcFile) errorAt(line int, msg string) *Error {
	p := Pos{File: f.path}
	if line > 0 {
		p = f.atLineByte(line, 1)
		p.Column = 0
	}
	return &Error{Pos: p, Msg: msg}
}

// offsetMap maps offsets in a text extracted from a file (a script
// embedded in YAML, a Makefile recipe) back to offsets in the file: each
// anchor says that text offset at maps to file offset to, until the next
// anchor.
type offsetMap struct {
	anchors []anchor
	// fallback is used when the text cannot be mapped character by
	// character (a folded YAML scalar): every offset maps to it.
	fallback int
}

type anchor struct{ at, to int }

func (m *offsetMap) add(at, to int) { m.anchors = append(m.anchors, anchor{at, to}) }

func (m *offsetMap) fileOffset(at int) int {
	if len(m.anchors) == 0 {
		return m.fallback
	}
	i := sort.Search(len(m.anchors), func(i int) bool { return m.anchors[i].at > at }) - 1
	if i < 0 {
		i = 0
	}
	a := m.anchors[i]
	return a.to + at - a.at
}
