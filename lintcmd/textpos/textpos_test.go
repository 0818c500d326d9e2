package textpos

import "testing"

func TestPositionAndOffset(t *testing.T) {
	src := "ab\r\n\tlog.Print(\"größe 😀\"); log.Fatal(\"x\")\rz\n\xffq"
	c := New([]byte(src))
	for _, tc := range []struct {
		off, line, col int
	}{
		{0, 0, 0},
		{2, 0, 2}, // before the CRLF
		{4, 1, 0}, // after it
		{5, 1, 1}, // after the tab
		{5 + len("log.Print(\"größe "), 1, 1 + len("log.Print(\"grosse ") - 1}, // two 2-byte runes count 1 each
		{5 + len("log.Print(\"größe 😀"), 1, 1 + 17 + 2},                        // the emoji is a surrogate pair
		{5 + len("log.Print(\"größe 😀\"); "), 1, 1 + 17 + 2 + 4},
		{len("ab\r\n\tlog.Print(\"größe 😀\"); log.Fatal(\"x\")\r"), 2, 0}, // a lone CR ends a line
		{len(src) - 1, 3, 1}, // after an invalid byte, one unit
		{len(src), 3, 2},
		{len(src) + 5, 3, 2}, // clamped
	} {
		line, col := c.Position(tc.off)
		if line != tc.line || col != tc.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tc.off, line, col, tc.line, tc.col)
		}
		if off, ok := c.Offset(tc.line, tc.col); !ok || off != min(tc.off, len(src)) {
			t.Errorf("Offset(%d, %d) = %d, %v, want %d", tc.line, tc.col, off, ok, tc.off)
		}
	}
	// Past the end of a line, of the content; inside a surrogate pair.
	emoji := 5 + len("log.Print(\"größe ")
	for _, tc := range []struct{ line, col, off int }{
		{0, 99, 2},
		{9, 0, len(src)},
		{1, 1 + 17 + 1, emoji},
	} {
		if off, ok := c.Offset(tc.line, tc.col); !ok || off != tc.off {
			t.Errorf("Offset(%d, %d) = %d, %v, want %d", tc.line, tc.col, off, ok, tc.off)
		}
	}
	if _, ok := c.Offset(-1, 0); ok {
		t.Error("Offset accepts a negative line")
	}
}
