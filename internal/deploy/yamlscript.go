package deploy

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// yamlScript returns the text of a YAML scalar holding a script and the
// map of its offsets to the file's. A literal block scalar (|) and a
// one-line plain or quoted scalar map character by character; any other
// (folded >, multi-line flow) maps every offset to the scalar's start.
func yamlScript(f *srcFile, n *yaml.Node) (string, *offsetMap) {
	text := n.Value
	start := f.nodePos(n)
	fallback := &offsetMap{fallback: start.Offset}
	m := &offsetMap{fallback: start.Offset}
	switch n.Style {
	case yaml.LiteralStyle:
		indent := -1
		at := 0
		for i, l := range strings.Split(text, "\n") {
			fl := n.Line + 1 + i
			if l == "" {
				at++
				continue
			}
			raw := f.line(fl)
			if indent < 0 {
				indent = len(raw) - len(strings.TrimLeft(raw, " "))
			}
			if len(raw) < indent || raw[indent:] != l {
				return text, fallback
			}
			m.add(at, f.lines[fl-1]+indent)
			at += len(l) + 1
		}
		return text, m
	case yaml.FoldedStyle:
		// Lines at the block's indentation, without blank lines, fold into
		// one line joined by spaces: map each line.
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if len(lines) != 1 {
			return text, fallback
		}
		indent := -1
		at := 0
		var parts []string
		for fl := n.Line + 1; at < len(lines[0]); fl++ {
			raw := f.line(fl)
			if strings.TrimSpace(raw) == "" || fl > len(f.lines) {
				return text, fallback
			}
			if indent < 0 {
				indent = len(raw) - len(strings.TrimLeft(raw, " "))
			}
			if len(raw) <= indent || raw[indent] == ' ' || raw[indent] == '\t' {
				return text, fallback
			}
			m.add(at, f.lines[fl-1]+indent)
			parts = append(parts, raw[indent:])
			at += len(raw) - indent + 1
		}
		if strings.Join(parts, " ") != lines[0] {
			return text, fallback
		}
		return text, m
	case 0, yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		off := start.Offset
		if n.Style != 0 {
			off++
		}
		if !strings.Contains(text, "\n") && off+len(text) <= len(f.data) && string(f.data[off:off+len(text)]) == text {
			m.add(0, off)
			return text, m
		}
	}
	return text, fallback
}

// yamlWord is a command-line word written as a YAML list item
// (cloudbuild.yaml's args): known unless it holds a $ substitution.
func yamlWord(f *srcFile, n *yaml.Node) word {
	w := word{text: n.Value, raw: n.Value, known: isPlainScalar(n), pos: f.nodePos(n)}
	if !w.known {
		w.raw = exprText(n)
	}
	if i := strings.IndexByte(w.text, '$'); i >= 0 {
		w.known = false
		w.text = w.text[:i]
	}
	_, m := yamlScript(f, n)
	w.rawPos = w.pos
	if len(m.anchors) > 0 {
		w.pos = f.atOffset(m.anchors[0].to)
		w.direct = true
		w.rawPos, w.rawDirect = w.pos, isPlainScalar(n)
	}
	return w
}
