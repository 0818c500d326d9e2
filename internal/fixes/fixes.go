// Package fixes helps analyzers build suggested fixes that compile:
// naming an imported package at a position, adding the import when it is
// missing, deleting the imports and telling the variables whose last use
// a fix deletes, and laying out replacement statements.
package fixes

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// An Importer gathers the import edits a fix needs in one file.
type Importer struct {
	pass  *analysis.Pass
	file  *ast.File
	pos   token.Pos                // where the names will be used
	scope *types.Scope             // the innermost scope at pos, or nil to look it up
	added []string                 // paths to add
	skip  map[*ast.ImportSpec]bool // specs the fix deletes (see Index.Deleting)
	names map[string]string
}

// NewImporter returns an Importer for names used at pos in file.
func NewImporter(pass *analysis.Pass, file *ast.File, pos token.Pos) *Importer {
	return &Importer{pass: pass, file: file, pos: pos, names: make(map[string]string)}
}

// NewImporterIn returns an Importer for names used at pos in file, in
// scope, the innermost scope there (see ScopeAt): it spares the search
// for the scope, which costs time linear in the number of scopes of the
// function.
func NewImporterIn(pass *analysis.Pass, file *ast.File, scope *types.Scope, pos token.Pos) *Importer {
	return &Importer{pass: pass, file: file, pos: pos, scope: scope, names: make(map[string]string)}
}

// ScopeAt returns the innermost scope that holds the node at c, found
// from its enclosing nodes, or nil.
func ScopeAt(info *types.Info, c inspector.Cursor) *types.Scope {
	for e := range c.Enclosing() {
		n := e.Node()
		switch n := n.(type) {
		case *ast.FuncDecl: // the body's scope is the function type's
			if s := info.Scopes[n.Type]; s != nil {
				return s
			}
		case *ast.FuncLit:
			if s := info.Scopes[n.Type]; s != nil {
				return s
			}
		}
		if s := info.Scopes[n]; s != nil {
			return s
		}
	}
	return nil
}

// Name returns the name by which the package pkgPath can be referred to
// at the Importer's position, planning an import when the file lacks one.
// It reports false when no name is usable: the package is imported only
// as _ or ., or its name is shadowed or taken.
func (im *Importer) Name(pkgPath string) (string, bool) {
	if name, ok := im.names[pkgPath]; ok {
		return name, true
	}
	scope := im.scope
	if scope == nil {
		scope = im.pass.Pkg.Scope().Innermost(im.pos)
	}
	if scope == nil {
		return "", false
	}
	for _, spec := range im.file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != pkgPath {
			continue
		}
		pkgName := im.pass.TypesInfo.PkgNameOf(spec)
		if pkgName == nil || pkgName.Name() == "_" || pkgName.Name() == "." {
			continue
		}
		if _, obj := scope.LookupParent(pkgName.Name(), im.pos); obj == pkgName {
			im.names[pkgPath] = pkgName.Name()
			return pkgName.Name(), true
		}
	}
	name := path.Base(pkgPath)
	if _, obj := scope.LookupParent(name, im.pos); obj != nil {
		return "", false // the name means something else here
	}
	for _, spec := range im.file.Imports {
		if pkgName := im.pass.TypesInfo.PkgNameOf(spec); pkgName != nil && pkgName.Name() == name {
			return "", false
		}
	}
	im.added = append(im.added, pkgPath)
	im.names[pkgPath] = name
	return name, true
}

// Used returns the import paths of the packages that Name has named.
func (im *Importer) Used() []string {
	paths := make([]string, 0, len(im.names))
	for p := range im.names {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return paths
}

// Edits returns the edits that add the planned imports, placed so that
// the result is gofmt-clean.
func (im *Importer) Edits() []analysis.TextEdit {
	if len(im.added) == 0 {
		return nil
	}
	edits := im.edits()
	if nl := NewText(im.pass).Newline(im.file.Pos()); nl != "\n" {
		for i := range edits {
			edits[i].NewText = bytes.ReplaceAll(edits[i].NewText, []byte("\n"), []byte(nl))
		}
	}
	return edits
}

// edits returns the edits of Edits, with LF line endings.
func (im *Importer) edits() []analysis.TextEdit {
	paths := slices.Clone(im.added)
	slices.Sort(paths)
	var decl *ast.GenDecl
	for _, d := range im.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	if decl != nil && !decl.Lparen.IsValid() && im.skip[decl.Specs[0].(*ast.ImportSpec)] {
		decl = nil // deleted: a new declaration holds the imports
	}
	fset := im.pass.Fset
	switch {
	case decl == nil:
		var buf bytes.Buffer
		buf.WriteString("\n\nimport (")
		for _, p := range paths {
			fmt.Fprintf(&buf, "\n\t%q", p)
		}
		buf.WriteString("\n)")
		end := im.file.Name.End()
		return []analysis.TextEdit{{Pos: end, End: end, NewText: buf.Bytes()}}
	case !decl.Lparen.IsValid():
		// import "x" becomes a block holding both.
		old := decl.Specs[0].(*ast.ImportSpec)
		oldPath, _ := strconv.Unquote(old.Path.Value)
		all := append(slices.Clone(paths), oldPath)
		slices.Sort(all)
		var buf bytes.Buffer
		buf.WriteString("import (")
		for _, p := range all {
			if p == oldPath && old.Name != nil {
				fmt.Fprintf(&buf, "\n\t%s %q", old.Name.Name, p)
			} else {
				fmt.Fprintf(&buf, "\n\t%q", p)
			}
		}
		buf.WriteString("\n)")
		return []analysis.TextEdit{{Pos: decl.Pos(), End: decl.End(), NewText: buf.Bytes()}}
	}
	// Insert into the first group of the block, in sorted position.
	var edits []analysis.TextEdit
	specs := decl.Specs
	group := len(specs)
	for i := 1; i < len(specs); i++ {
		if PhysicalLine(fset, specs[i].Pos()) > PhysicalLine(fset, specs[i-1].End())+1 {
			group = i
			break
		}
	}
	last := -1 // the last spec of the group that stays
	for i, s := range specs[:group] {
		if !im.skip[s.(*ast.ImportSpec)] {
			last = i
		}
	}
	for _, p := range paths {
		at := -1
		for i, s := range specs[:group] {
			sp, _ := strconv.Unquote(s.(*ast.ImportSpec).Path.Value)
			if sp > p && !im.skip[s.(*ast.ImportSpec)] {
				at = i
				break
			}
		}
		switch {
		case at >= 0:
			pos := specs[at].Pos()
			edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: fmt.Appendf(nil, "%q\n\t", p)})
		case last >= 0:
			end := specs[last].End()
			edits = append(edits, analysis.TextEdit{Pos: end, End: end, NewText: fmt.Appendf(nil, "\n\t%q", p)})
		default:
			pos := decl.Lparen + 1
			edits = append(edits, analysis.TextEdit{Pos: pos, End: pos, NewText: fmt.Appendf(nil, "\n\t%q", p)})
		}
	}
	return edits
}

// IsErrorType reports whether t is the error interface.
func IsErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// deleteImport returns the edit that deletes the import of pkgName
// from file: the import declaration when it holds only that spec, else
// the spec's whole line.
func deleteImport(pass *analysis.Pass, file *ast.File, pkgName *types.PkgName, im *Importer) []analysis.TextEdit {
	for _, d := range file.Decls {
		decl, ok := d.(*ast.GenDecl)
		if !ok || decl.Tok != token.IMPORT {
			continue
		}
		for _, spec := range decl.Specs {
			spec := spec.(*ast.ImportSpec)
			if pass.TypesInfo.PkgNameOf(spec) != pkgName {
				continue
			}
			if im.skip == nil {
				im.skip = make(map[*ast.ImportSpec]bool)
			}
			im.skip[spec] = true
			if !decl.Lparen.IsValid() {
				return []analysis.TextEdit{{Pos: decl.Pos(), End: decl.End()}}
			}
			// Delete the spec's whole line.
			tf := pass.Fset.File(spec.Pos())
			line := PhysicalLine(pass.Fset, spec.Pos()) // LineStart counts lines whatever //line says
			start := tf.LineStart(line)
			end := spec.End()
			if line < tf.LineCount() {
				end = tf.LineStart(line + 1)
			}
			return []analysis.TextEdit{{Pos: start, End: end}}
		}
	}
	return nil
}

// DeleteImportIfUnused returns the edit that deletes the import of the
// package that qualifies fun (as in context.Background) when no use of
// it remains in file outside [from, to), the text a fix replaces.
func DeleteImportIfUnused(pass *analysis.Pass, file *ast.File, fun ast.Expr, from, to token.Pos) []analysis.TextEdit {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	x, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	pkgName, ok := pass.TypesInfo.Uses[x].(*types.PkgName)
	if !ok {
		return nil
	}
	for id, obj := range pass.TypesInfo.Uses {
		if obj == pkgName && file.FileStart <= id.Pos() && id.Pos() < file.FileEnd && (id.Pos() < from || id.Pos() >= to) {
			return nil
		}
	}
	return deleteImport(pass, file, pkgName, new(Importer))
}
