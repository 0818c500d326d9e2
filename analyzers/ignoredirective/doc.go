// Package ignoredirective defines an Analyzer that checks fnlint's
// suppression directives.
//
// # Analyzer ignoredirective
//
// ignoredirective: report malformed or useless //fnlint:ignore directives
//
// A deliberate case is silenced with a directive naming the analyzer and
// saying why:
//
//	log.Fatal(err) //fnlint:ignore osexit the local server may exit
//
// at the end of the diagnostic's line, which is the one line it covers
// (as staticcheck's //lint:ignore), or on a line of its own above it,
// where it covers the next line; //fnlint:file-ignore NAME reason
// silences an analyzer in a whole file (for generated or vendored code). Generated files (// Code generated ... DO NOT EDIT.)
// are never reported at all.
//
// ignoredirective reports a directive without a reason, one naming an
// analyzer fnlint does not have, and one that silences nothing (the code
// was fixed, or the directive is on the wrong line: one that ends a line
// of code does not cover the line after it), so that directives do not
// outlive their reason.
package ignoredirective
