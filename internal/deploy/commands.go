package deploy

import (
	"errors"
	"path/filepath"
	"strings"

	"mvdan.cc/sh/v3/syntax"
)

// parseCommands reads gcloud command lines from a shell script, a
// Makefile's recipes, cloudbuild.yaml steps or a workflow's run: blocks.
func parseCommands(f *srcFile, format Format, repoRoot string) result {
	switch format {
	case FormatShell:
		var r result
		base := []string{repoRoot, filepath.Dir(f.path)}
		s := &shellScript{f: f, format: format, text: string(f.data), bases: base, scriptDir: filepath.Dir(f.path)}
		s.run(&r)
		return r
	case FormatMakefile:
		return parseMakefile(f)
	case FormatCloudBuild:
		return parseCloudBuild(f, repoRoot)
	case FormatWorkflow:
		return parseWorkflow(f, repoRoot)
	}
	return result{}
}

// word is one argument of a command line, from a shell word or a YAML
// list item: its literal text, whether all of it is literal, and where its
// text starts in the file.
type word struct {
	text   string // the literal text (when !known, up to the first non-literal part)
	known  bool
	raw    string // the source text, for Unknown values
	pos    Pos    // where text starts in the file
	direct bool   // text maps byte for byte onto the file from pos
	rawPos Pos    // where raw starts in the file
	// rawDirect reports whether raw is the file's text from rawPos.
	rawDirect bool
}

// rawAt returns the position of byte i of the word's raw text.
func (w word) rawAt(f *srcFile, i int) Pos {
	if !w.rawDirect || !w.rawPos.IsValid() {
		return w.rawPos
	}
	return f.atOffset(w.rawPos.Offset + i)
}

// at returns the position of byte i of the word's text.
func (w word) at(f *srcFile, i int) Pos {
	if !w.direct || !w.pos.IsValid() {
		return w.pos
	}
	return f.atOffset(w.pos.Offset + i)
}

// shellScript is a shell text taken from a file (the whole file, a
// Makefile recipe, a YAML scalar) with the map of its offsets back to the
// file.
type shellScript struct {
	f      *srcFile
	format Format
	text   string
	omap   *offsetMap // nil: the text is the file
	// bases are the directories a relative --source is resolved against,
	// in order.
	bases     []string
	scriptDir string // the directory $(dirname "$0") names, or ""
}

func (s *shellScript) fileOffset(at int) int {
	if s.omap == nil {
		return at
	}
	return s.omap.fileOffset(at)
}

func (s *shellScript) pos(p syntax.Pos) Pos {
	return s.f.atOffset(s.fileOffset(int(p.Offset())))
}

// run parses the script and collects the gcloud deployments in it.
func (s *shellScript) run(r *result) {
	parser := syntax.NewParser(syntax.Variant(syntax.LangBash))
	file, err := parser.Parse(strings.NewReader(s.text), s.f.path)
	if err != nil && !containsGcloud(s.text) {
		return // a build line or script only: not worth an error of its own
	}
	if err != nil {
		var pe syntax.ParseError
		var le syntax.LangError
		switch {
		case errors.As(err, &pe):
			r.errors = append(r.errors, &Error{Pos: s.pos(pe.Pos), Msg: pe.Text})
		case errors.As(err, &le):
			r.errors = append(r.errors, &Error{Pos: s.pos(le.Pos), Msg: le.Feature + " is not supported"})
		default:
			r.errors = append(r.errors, &Error{Pos: Pos{File: s.f.path}, Msg: err.Error()})
		}
		return
	}
	s.walk(file, &cwdState{bases: s.bases}, r)
}

// walk collects the commands under n; a subshell or command substitution
// gets a copy of the directory state, so that its cd stays inside it.
func (s *shellScript) walk(n syntax.Node, cwd *cwdState, r *result) {
	syntax.Walk(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Subshell:
			for _, st := range n.Stmts {
				s.walk(st, cwd.copy(), r)
			}
			return false
		case *syntax.CmdSubst:
			for _, st := range n.Stmts {
				s.walk(st, cwd.copy(), r)
			}
			return false
		}
		call, ok := n.(*syntax.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		words := make([]word, 0, len(call.Args))
		for _, a := range call.Args {
			words = append(words, s.word(a))
		}
		if words[0].known && words[0].text == "cd" {
			cwd.cd(s, call.Args[1:])
			return true
		}
		at := s.pos(call.Args[0].Pos())
		if fn := gcloudFunction(s.f, s.format, words, at, cwd); fn != nil {
			r.functions = append(r.functions, fn)
		} else if b := goBuild(s.f, s.format, words, at, cwd); b != nil {
			r.builds = append(r.builds, b)
		}
		return true
	})
}

// cwdState follows `cd DIR` through a script, for --source.
type cwdState struct {
	bases   []string
	unknown bool // a cd to a directory that cannot be read
}

func (c *cwdState) copy() *cwdState {
	return &cwdState{bases: append([]string(nil), c.bases...), unknown: c.unknown}
}

func (c *cwdState) cd(s *shellScript, args []*syntax.Word) {
	if len(args) != 1 {
		c.unknown = true
		return
	}
	a := args[0]
	// cd "$(dirname "$0")"[/rest]: the script's directory.
	parts := a.Parts
	if len(parts) == 1 {
		if dq, ok := parts[0].(*syntax.DblQuoted); ok {
			parts = dq.Parts
		}
	}
	if len(parts) >= 1 && s.scriptDir != "" {
		if dirnameOfScript(parts[0]) {
			rest := ""
			for _, p := range parts[1:] {
				lit, ok := p.(*syntax.Lit)
				if !ok {
					c.unknown = true
					return
				}
				rest += lit.Value
			}
			c.bases = []string{filepath.Join(s.scriptDir, filepath.FromSlash(rest))}
			c.unknown = false
			return
		}
	}
	w := s.word(a)
	if !w.known {
		c.unknown = true
		return
	}
	var next []string
	for _, b := range c.bases {
		if filepath.IsAbs(w.text) {
			next = append(next, w.text)
		} else if b != "" {
			next = append(next, filepath.Join(b, filepath.FromSlash(w.text)))
		}
	}
	c.bases = next
}

// dirnameOfScript reports whether a word part is $(dirname "$0") or
// $(dirname "${BASH_SOURCE[0]}"), possibly double-quoted.
func dirnameOfScript(p syntax.WordPart) bool {
	if dq, ok := p.(*syntax.DblQuoted); ok && len(dq.Parts) == 1 {
		p = dq.Parts[0]
	}
	cs, ok := p.(*syntax.CmdSubst)
	if !ok || len(cs.Stmts) != 1 {
		return false
	}
	call, ok := cs.Stmts[0].Cmd.(*syntax.CallExpr)
	if !ok || len(call.Args) != 2 || call.Args[0].Lit() != "dirname" {
		return false
	}
	arg := call.Args[1].Parts
	if len(arg) == 1 {
		if dq, ok := arg[0].(*syntax.DblQuoted); ok && len(dq.Parts) == 1 {
			arg = dq.Parts
		}
	}
	if len(arg) != 1 {
		return false
	}
	pe, ok := arg[0].(*syntax.ParamExp)
	return ok && pe.Param != nil && (pe.Param.Value == "0" || pe.Param.Value == "BASH_SOURCE")
}

// word reads a shell word: literal parts (unquoted, single- or
// double-quoted) are known; a parameter expansion, command substitution or
// arithmetic makes the word unknown from there on.
func (s *shellScript) word(w *syntax.Word) word {
	start := int(w.Pos().Offset())
	end := int(w.End().Offset())
	out := word{known: true, direct: true}
	out.rawPos = s.f.atOffset(s.fileOffset(start))
	if end <= len(s.text) && start < end {
		out.raw = s.text[start:end]
		out.rawDirect = s.omap == nil
		// The source as written: the file's own text when the word maps
		// onto it (a Makefile's $$ and $(X), a workflow's ${{ … }}).
		if fs, fe := s.fileOffset(start), s.fileOffset(end-1)+1; s.omap != nil && fe > fs && fe <= len(s.f.data) {
			out.raw = string(s.f.data[fs:fe])
			out.rawDirect = true
		}
	}
	textStart := -1
	var b strings.Builder
	var lit func(parts []syntax.WordPart, quoted bool) bool
	lit = func(parts []syntax.WordPart, quoted bool) bool {
		for _, p := range parts {
			switch p := p.(type) {
			case *syntax.Lit:
				if textStart < 0 {
					textStart = int(p.Pos().Offset())
				}
				v := p.Value
				if strings.Contains(v, `\`) {
					out.direct = false
					v = unescape(v, quoted)
				}
				b.WriteString(v)
			case *syntax.SglQuoted:
				if p.Dollar {
					return false
				}
				if textStart < 0 {
					textStart = int(p.Pos().Offset()) + 1
				} else {
					out.direct = false
				}
				b.WriteString(p.Value)
			case *syntax.DblQuoted:
				if p.Dollar {
					return false
				}
				if textStart < 0 {
					textStart = int(p.Pos().Offset()) + 1
				} else {
					out.direct = false
				}
				if !lit(p.Parts, true) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	if !lit(w.Parts, false) {
		out.known = false
	}
	out.text = b.String()
	if (s.format == FormatMakefile || s.format == FormatWorkflow) && strings.Contains(out.text, makePlaceholder) {
		// A make reference inside quotes: make expands it before the shell.
		out.known = false
		out.text, _, _ = strings.Cut(out.text, makePlaceholder)
	}
	if textStart < 0 {
		textStart = start
	}
	out.pos = s.f.atOffset(s.fileOffset(textStart))
	if s.omap != nil && s.omap.fallback >= 0 && len(s.omap.anchors) == 0 {
		out.direct = false
	}
	return out
}

// unescape removes the shell's backslash escapes from a literal.
func unescape(v string, quoted bool) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+1 < len(v) {
			if !quoted || strings.IndexByte("\"\\$`", v[i+1]) >= 0 {
				i++
			}
		}
		b.WriteByte(v[i])
	}
	return b.String()
}
