package main

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/aymanbagabas/go-udiff"

	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/lintcmd/runner"
)

// An edit is one text edit of a fix, by byte offsets in one file.
type edit struct {
	start, end int
	text       string
	analyzer   string
}

// A fileFix is what -fix plans for one file: the edits of the fixes
// that touch it, against the content the analysis read.
type fileFix struct {
	root  string         // the analyzed module's directory
	src   []byte         // the file as analyzed; nil when the analysis did not read it
	pkg   *types.Package // the package whose findings these are, for import names
	edits []edit
	fixes []int // the findings whose fixes edit this file
}

// applyFixes applies the first suggested fix of every finding, file by
// file, and returns the findings it did not fix and whether every fix it
// attempted applied. A fix is applied only to the text the analysis
// read, and only over a file that still holds that text; only the edited
// ranges change (a byte-order mark, CRLF line endings and every other
// line are kept), plus the import declarations the fixes leave unused
// and the layout gofmt gives the declarations they change (see
// applyEdits).
// A file is left unchanged, saying why, when its fixes conflict, when it
// is generated, read-only, outside the analyzed module (a symbolic link
// whose target leaves it counts as outside), changed since it was read,
// or when the result would not parse. With diff, the result is printed
// as a unified diff instead of being written.
func applyFixes(findings []runner.Finding, diff bool) (unfixed []runner.Finding, ok bool) {
	files := make(map[string]*fileFix)
	fixFiles := make([][]string, len(findings)) // the files of each finding's fix
	for i, f := range findings {
		if len(f.SuggestedFixes) == 0 {
			continue
		}
		for _, e := range f.SuggestedFixes[0].TextEdits {
			// Offsets in the file as parsed, whatever //line says.
			p, q := f.Fset.PositionFor(e.Pos, false), f.Fset.PositionFor(e.End, false)
			if !e.End.IsValid() {
				q = p
			}
			ff := files[p.Filename]
			if ff == nil {
				src, _ := f.Sources.Content(p.Filename)
				ff = &fileFix{root: f.ModuleDir, src: src, pkg: f.Pkg}
				files[p.Filename] = ff
			}
			ed := edit{p.Offset, q.Offset, string(e.NewText), f.Analyzer.Name}
			if p.Filename != q.Filename {
				ed.end = -1 // invalid: fixFile refuses it
			}
			ff.edits = append(ff.edits, ed)
			if !slices.Contains(ff.fixes, i) {
				ff.fixes = append(ff.fixes, i)
			}
			if !slices.Contains(fixFiles[i], p.Filename) {
				fixFiles[i] = append(fixFiles[i], p.Filename)
			}
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	ok = true
	failed := make(map[string]bool)
	for _, name := range names {
		if err := fixFile(name, files[name], diff); err != nil {
			fmt.Fprintf(os.Stderr, "fnlint: %s: %v; the file is left unchanged\n", name, err)
			failed[name] = true
			ok = false
		}
	}
	for i, f := range findings {
		fixed := len(fixFiles[i]) > 0
		for _, name := range fixFiles[i] {
			fixed = fixed && !failed[name]
		}
		if !fixed {
			unfixed = append(unfixed, f)
		}
	}
	return unfixed, ok
}

// fixFile applies the planned edits to one file, or prints them as a
// diff.
func fixFile(name string, ff *fileFix, diff bool) error {
	target, info, err := fixTarget(name, ff.root)
	if err != nil {
		return err
	}
	if ff.src == nil {
		return fmt.Errorf("the analysis did not read the file")
	}
	if disk, err := os.ReadFile(target); err != nil {
		return err
	} else if sha256.Sum256(disk) != sha256.Sum256(ff.src) {
		return fmt.Errorf("the file changed since fnlint read it; run fnlint again")
	}
	if f, err := parser.ParseFile(token.NewFileSet(), name, ff.src, parser.ParseComments|parser.PackageClauseOnly); err == nil && ast.IsGenerated(f) {
		return fmt.Errorf("generated file")
	}
	if !diff && info.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("the file is read-only")
	}
	fixed, err := applyEdits(name, ff.src, ff.edits, ff.pkg)
	if err != nil {
		return err
	}
	if diff {
		text, err := unifiedDiff(name, ff.src, fixed)
		if err != nil {
			return err
		}
		fmt.Print(text)
		return nil
	}
	return writeAtomically(target, info, ff.src, fixed)
}

// unifiedDiff returns the unified diff, with three lines of context, that
// turns old, the file name, into new: headers "--- name (old)" and
// "+++ name (new)", hunks as diff -u writes them. The diff is Myers'
// algorithm as golang.org/x/tools computes its diffs, which takes time
// linear in the size of the file for the few changes of fixes.
func unifiedDiff(name string, old, new []byte) (string, error) {
	o := string(old)
	return udiff.ToUnified(name+" (old)", name+" (new)", o, udiff.Lines(o, string(new)), udiff.DefaultContextLines)
}

// fixTarget returns the file that a fix of name writes, resolving
// symbolic links, and its information. It refuses a name outside root,
// and one whose links lead outside root or to anything but a regular
// file: the fix writes the link's target and keeps the link.
func fixTarget(name, root string) (string, fs.FileInfo, error) {
	if root == "" {
		return "", nil, fmt.Errorf("not in a module")
	}
	if !within(root, name) {
		return "", nil, fmt.Errorf("outside the analyzed module %s", root)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		return "", nil, err
	}
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return "", nil, err
	}
	if !within(realRoot, target) {
		return "", nil, fmt.Errorf("a symbolic link leads to %s, outside the analyzed module %s", target, root)
	}
	info, err := os.Lstat(target)
	if err != nil {
		return "", nil, err
	}
	if !info.Mode().IsRegular() {
		return "", nil, fmt.Errorf("not a regular file")
	}
	return target, info, nil
}

// within reports whether path lies in the directory dir.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// applyEdits returns src with the edits applied. Inserted line breaks
// follow the line endings of the line they are inserted in; imports that
// the edits leave unused are deleted, a line each; the declarations the
// edits change are gofmt'd as fixes.FormatChanged says (the whole file
// when it was gofmt-clean); nothing else changes.
// It fails when edits conflict or the result does not parse.
func applyEdits(name string, src []byte, edits []edit, pkg *types.Package) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b edit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), strings.Compare(a.text, b.text))
	})
	// Two fixes may plan the same edit (the import both need).
	edits = slices.CompactFunc(edits, func(a, b edit) bool { return a.start == b.start && a.end == b.end && a.text == b.text })
	for i, e := range edits {
		if e.start < 0 || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("fix out of range")
		}
		if i > 0 && e.start < edits[i-1].end {
			return nil, fmt.Errorf("conflicting fixes from %s and %s", edits[i-1].analyzer, e.analyzer)
		}
	}
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		out.Write(src[last:e.start])
		out.WriteString(lineEndings(e.text, crlfAt(src, e.start)))
		last = e.end
	}
	out.Write(src[last:])
	fixed, err := deleteUnusedImports(name, src, out.Bytes(), pkg)
	if err != nil {
		return nil, err
	}
	fixed = fixes.FormatChanged(src, fixed)
	if _, err := parser.ParseFile(token.NewFileSet(), name, fixed, parser.AllErrors|parser.ParseComments); err != nil {
		return nil, fmt.Errorf("the fixed file does not parse: %w", err)
	}
	return fixed, nil
}

// crlfAt reports whether the line holding offset off ends in CRLF.
func crlfAt(src []byte, off int) bool {
	nl := bytes.IndexByte(src[off:], '\n')
	if nl < 0 {
		// The last line: follow the line before it.
		nl = bytes.LastIndexByte(src[:off], '\n')
		return nl > 0 && src[nl-1] == '\r'
	}
	return off+nl > 0 && src[off+nl-1] == '\r'
}

// lineEndings returns text with its bare line feeds made CRLF when crlf
// is set. Go ignores carriage returns in raw strings and comments, and a
// fix writes the line feeds of interpreted strings as \n, so this changes
// no meaning.
func lineEndings(text string, crlf bool) string {
	if !crlf || !strings.Contains(text, "\n") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && (i == 0 || text[i-1] != '\r') {
			b.WriteByte('\r')
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// deleteUnusedImports deletes from fixed the imports that src uses and
// fixed no longer does: several fixes can each leave a use of a package
// to the others, and none deletes its import. A use is a qualified
// identifier that does not resolve to a declaration of the file, as
// go/parser resolves them; the name of an import without one is the
// package's name, as the type-checked package says. An import spec is
// deleted with its line, and an import declaration left empty with its
// lines and one blank line after it.
func deleteUnusedImports(name string, src, fixed []byte, pkg *types.Package) ([]byte, error) {
	if pkg == nil {
		return fixed, nil
	}
	before, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ParseComments)
	if err != nil {
		return fixed, nil //nolint:nilerr // fnlint reports nothing in a file that does not parse: no import to clean up
	}
	fset := token.NewFileSet()
	after, err := parser.ParseFile(fset, name, fixed, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("the fixed file does not parse: %w", err)
	}
	names := make(map[string]string) // import path -> package name
	for _, imp := range pkg.Imports() {
		names[imp.Path()] = imp.Name()
	}
	usedBefore, usedAfter := qualifiers(before), qualifiers(after)
	type span struct{ start, end int }
	var cuts []span
	tf := fset.File(after.FileStart)
	lineSpan := func(from, to token.Pos) (span, bool) {
		start, end := tf.Offset(from), tf.Offset(to)
		// The physical line: Line applies //line directives, LineStart does not.
		ls := tf.Offset(tf.LineStart(tf.PositionFor(from, false).Line))
		if strings.TrimSpace(string(fixed[ls:start])) != "" {
			return span{}, false
		}
		nl := bytes.IndexByte(fixed[end:], '\n')
		if nl < 0 || strings.TrimSpace(string(fixed[end:end+nl])) != "" {
			return span{}, false
		}
		return span{ls, end + nl + 1}, true
	}
	for _, d := range after.Decls {
		decl, ok := d.(*ast.GenDecl)
		if !ok || decl.Tok != token.IMPORT {
			continue
		}
		var unused []*ast.ImportSpec
		for _, s := range decl.Specs {
			spec := s.(*ast.ImportSpec)
			path, err := strconv.Unquote(spec.Path.Value)
			if err != nil {
				continue
			}
			id := names[path]
			if spec.Name != nil {
				id = spec.Name.Name
			}
			if id != "" && id != "_" && id != "." && usedBefore[id] && !usedAfter[id] {
				unused = append(unused, spec)
			}
		}
		if len(unused) == 0 {
			continue
		}
		if len(unused) == len(decl.Specs) {
			s, ok := lineSpan(decl.Pos(), decl.End())
			if !ok {
				return nil, fmt.Errorf("the fixes leave the import of %s unused", unused[0].Path.Value)
			}
			if s.end < len(fixed) && fixed[s.end] == '\n' {
				s.end++
			} else if s.end+1 < len(fixed) && fixed[s.end] == '\r' && fixed[s.end+1] == '\n' {
				s.end += 2
			}
			cuts = append(cuts, s)
			continue
		}
		for _, spec := range unused {
			from := spec.Pos()
			if spec.Doc != nil {
				from = spec.Doc.Pos()
			}
			to := spec.End()
			if spec.Comment != nil {
				to = spec.Comment.End()
			}
			s, ok := lineSpan(from, to)
			if !ok {
				return nil, fmt.Errorf("the fixes leave the import of %s unused", spec.Path.Value)
			}
			cuts = append(cuts, s)
		}
	}
	if len(cuts) == 0 {
		return fixed, nil
	}
	var out bytes.Buffer
	last := 0
	for _, c := range cuts { // in file order: declarations and specs are
		out.Write(fixed[last:c.start])
		last = c.end
	}
	out.Write(fixed[last:])
	return out.Bytes(), nil
}

// qualifiers returns the names that qualify an identifier in f (the x of
// x.y) without resolving to a declaration in f: the names of imports in
// use, and possibly package-level names of other files.
func qualifiers(f *ast.File) map[string]bool {
	used := make(map[string]bool)
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Obj == nil { //nolint:staticcheck // go/parser's resolution is the syntax-only answer needed here
				used[id.Name] = true
			}
		}
		return true
	})
	return used
}

// writeAtomically replaces the file target, which held src when it was
// stat'ed as info, with data: it writes a temporary file beside it with
// the same mode, owner and group, checks that the file still holds src,
// and renames the temporary file over it.
func writeAtomically(target string, info fs.FileInfo, src, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(target), ".fnlint-*.go")
	if err != nil {
		return err
	}
	// After a successful rename there is nothing left to remove.
	defer func() { _ = os.Remove(tmp.Name()) }()
	if _, err := tmp.Write(data); err != nil {
		return errors.Join(err, tmp.Close())
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := sameOwner(tmp.Name(), info); err != nil {
		return fmt.Errorf("cannot keep the file's owner and group: %w", err)
	}
	// After chown, which clears the set-id bits.
	if err := os.Chmod(tmp.Name(), info.Mode()&(fs.ModePerm|fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)); err != nil {
		return err
	}
	disk, err := os.ReadFile(target)
	if err != nil {
		return err
	}
	if sha256.Sum256(disk) != sha256.Sum256(src) {
		return fmt.Errorf("the file changed while fnlint fixed it; run fnlint again")
	}
	return os.Rename(tmp.Name(), target)
}
