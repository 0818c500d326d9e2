package deploy

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// parseYAML parses the first document of a YAML (or JSON) file. It returns
// the document's top node (nil for an empty file) or an Error at the line
// the parser names.
func parseYAML(f *srcFile) (*yaml.Node, *Error) {
	dec := yaml.NewDecoder(bytes.NewReader(f.data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		if strings.HasSuffix(strings.ToLower(f.path), ".json") {
			if e := jsonError(f); e != nil {
				return nil, e
			}
		}
		return nil, yamlError(f, err)
	}
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		return doc.Content[0], nil
	}
	return nil, nil
}

var yamlLineRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// yamlError turns yaml.v3's error into an Error at the line of the
// problem. yaml.v3 names the line where the enclosing construct starts
// (for "did not find expected key", the mapping's first key), not the line
// of the problem, so the line is found again: the first line such that the
// file cut after it fails to parse with the same problem.
func yamlError(f *srcFile, err error) *Error {
	msg := err.Error()
	m := yamlLineRE.FindStringSubmatch(msg)
	if m == nil {
		return f.errorAt(0, msg)
	}
	problem := m[2]
	reported, _ := strconv.Atoi(m[1])
	// The problem is at or after the reported line (yaml.v3 counts the
	// enclosing construct's line from 0): look at the next lines only.
	first := max(reported, 1)
	for n := first; n <= len(f.lines) && n < first+maxErrorScanLines && len(f.data) <= maxErrorScanBytes; n++ {
		end := len(f.data)
		if n < len(f.lines) {
			end = f.lines[n]
		}
		var doc yaml.Node
		err := yaml.NewDecoder(bytes.NewReader(f.data[:end])).Decode(&doc)
		if err == nil || errors.Is(err, io.EOF) {
			continue
		}
		if pm := yamlLineRE.FindStringSubmatch(err.Error()); pm != nil && pm[2] == problem {
			return f.errorAt(n, problem)
		}
	}
	return f.errorAt(reported, problem)
}

// The search for an error's line is bounded: it parses the file once per
// line.
const (
	maxErrorScanLines = 200
	maxErrorScanBytes = 1 << 20
)

// jsonError returns the syntax error of a JSON file at its exact position,
// or nil when encoding/json accepts the file.
func jsonError(f *srcFile) *Error {
	var v any
	err := json.Unmarshal(f.data, &v)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off := int(se.Offset) - 1
		if off < 0 {
			off = 0
		}
		return &Error{Pos: f.atOffset(off), Msg: se.Error()}
	}
	return nil
}

// resolve follows aliases.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// lookup returns the key and value nodes of key in mapping n (nil, nil if
// n is not a mapping or lacks key).
func lookup(n *yaml.Node, key string) (k, v *yaml.Node) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i], resolve(n.Content[i+1])
		}
	}
	return nil, nil
}

// get returns the value node of key in mapping n, or nil.
func get(n *yaml.Node, key string) *yaml.Node {
	_, v := lookup(n, key)
	return v
}

// pairs calls fn for each key and value of mapping n, in order.
func pairs(n *yaml.Node, fn func(k, v *yaml.Node)) {
	n = resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		fn(n.Content[i], resolve(n.Content[i+1]))
	}
}

func (f *srcFile) nodePos(n *yaml.Node) Pos {
	if n == nil {
		return Pos{}
	}
	return f.atLineRune(n.Line, n.Column)
}

// valuePos returns where a scalar's text starts: inside its quotes for a
// one-line quoted scalar whose text is written as is, so that the text
// spans exactly [Pos.Offset, Pos.Offset+len(Text)).
func (f *srcFile) valuePos(n *yaml.Node) Pos {
	p := f.nodePos(n)
	if n == nil || n.Kind != yaml.ScalarNode || (n.Style != yaml.DoubleQuotedStyle && n.Style != yaml.SingleQuotedStyle) {
		return p
	}
	if off := p.Offset + 1; off+len(n.Value) <= len(f.data) && string(f.data[off:off+len(n.Value)]) == n.Value {
		return f.atOffset(off)
	}
	return p
}

// isCustomTag reports whether n carries an explicit local tag (!Ref, !Sub).
func isCustomTag(n *yaml.Node) bool {
	return strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!")
}

// intrinsic reports whether n is a CloudFormation intrinsic function: a
// short-form tag (!Ref, !GetAtt, !Sub, !If, ...) or a one-key mapping
// {"Ref": ...} / {"Fn::...": ...}. It returns the function's name and
// argument node.
func intrinsic(n *yaml.Node) (name string, arg *yaml.Node, ok bool) {
	n = resolve(n)
	if n == nil {
		return "", nil, false
	}
	if isCustomTag(n) {
		name = strings.TrimPrefix(n.Tag, "!")
		if name != "Ref" && name != "Condition" {
			name = "Fn::" + name
		}
		return name, n, true
	}
	if n.Kind == yaml.MappingNode && len(n.Content) == 2 {
		k := n.Content[0].Value
		if k == "Ref" || k == "Condition" || strings.HasPrefix(k, "Fn::") {
			return k, resolve(n.Content[1]), true
		}
	}
	return "", nil, false
}

// exprText renders a node compactly for an Unknown value's Text.
func exprText(n *yaml.Node) string { return exprTextDepth(n, 0) }

// maxExprDepth bounds exprText: an alias can make a node contain itself.
const maxExprDepth = 8

func exprTextDepth(n *yaml.Node, depth int) string {
	n = resolve(n)
	if n == nil {
		return ""
	}
	if depth > maxExprDepth {
		return "…"
	}
	if name, arg, ok := intrinsic(n); ok {
		short := strings.TrimPrefix(name, "Fn::")
		if arg == n { // tag form: render the node without its tag
			c := *n
			c.Tag = ""
			return "!" + short + " " + exprTextDepth(&c, depth+1)
		}
		return "!" + short + " " + exprTextDepth(arg, depth+1)
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return n.Value
	case yaml.SequenceNode:
		var parts []string
		for _, c := range n.Content {
			parts = append(parts, exprTextDepth(c, depth+1))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case yaml.MappingNode:
		var parts []string
		for i := 0; i+1 < len(n.Content); i += 2 {
			parts = append(parts, exprTextDepth(n.Content[i], depth+1)+": "+exprTextDepth(n.Content[i+1], depth+1))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return ""
}

// isPlainScalar reports whether n is a scalar without a custom tag.
func isPlainScalar(n *yaml.Node) bool {
	return n != nil && n.Kind == yaml.ScalarNode && !isCustomTag(n)
}

// cfnString reads a CloudFormation scalar setting: a plain scalar is
// Known; !Sub of a string without ${...} is Known; any other intrinsic or
// a non-scalar is Unknown.
func (f *srcFile) cfnString(k, v *yaml.Node) Value[string] {
	if k == nil {
		return Value[string]{}
	}
	out := Value[string]{State: Unknown, Key: f.nodePos(k), Pos: f.valuePos(v), Text: exprText(v)}
	if v == nil {
		return Value[string]{}
	}
	if isPlainScalar(v) {
		if v.Tag == "!!null" {
			return Value[string]{}
		}
		out.State, out.V = Known, v.Value
		return out
	}
	if name, arg, ok := intrinsic(v); ok && name == "Fn::Sub" {
		if arg.Kind == yaml.ScalarNode && !strings.Contains(arg.Value, "${") {
			out.State, out.V = Known, arg.Value
		}
	}
	return out
}

// serverlessString reads a serverless.yml scalar: ${...} anywhere in it
// makes it Unknown.
func (f *srcFile) serverlessString(k, v *yaml.Node) Value[string] {
	if k == nil || v == nil {
		return Value[string]{}
	}
	out := Value[string]{State: Unknown, Key: f.nodePos(k), Pos: f.valuePos(v), Text: exprText(v)}
	if isPlainScalar(v) {
		if v.Tag == "!!null" {
			return Value[string]{}
		}
		if !strings.Contains(v.Value, "${") {
			out.State, out.V = Known, v.Value
		}
	}
	return out
}

// toInt converts a Known string value to an integer one; a literal that is
// not an integer is Unknown.
func toInt(s Value[string]) Value[int64] {
	out := Value[int64]{State: s.State, Text: s.Text, Pos: s.Pos, Key: s.Key, Inherited: s.Inherited}
	if s.State == Known {
		n, err := strconv.ParseInt(strings.TrimSpace(s.V), 10, 64)
		if err != nil {
			out.State = Unknown
		} else {
			out.V = n
		}
	}
	return out
}

// mapValue changes a Value's type, keeping its state and positions.
func mapValue[T, U any](v Value[T], fn func(T) (U, bool)) Value[U] {
	out := Value[U]{State: v.State, Text: v.Text, Pos: v.Pos, Key: v.Key, Inherited: v.Inherited}
	if v.State == Known {
		u, ok := fn(v.V)
		if ok {
			out.V = u
		} else {
			out.State = Unknown
		}
	}
	return out
}
