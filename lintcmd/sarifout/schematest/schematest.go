// Package schematest validates SARIF logs in tests against the SARIF
// 2.1.0 JSON schema, offline: the schema is the one the go-sarif module
// holds in its source (a Go string constant, read from the module
// cache), checked with gojsonschema, so that fnlint neither fetches nor
// copies it.
package schematest

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	// The package whose source holds the schema; imported so that the
	// module stays required and downloaded.
	_ "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/xeipuuv/gojsonschema"
)

const schemaPackage = "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

// Schema returns the text of the SARIF 2.1.0 schema.
func Schema() (string, error) {
	out, err := exec.Command("go", "list", "-f", "{{.Dir}}", schemaPackage).Output()
	if err != nil {
		return "", fmt.Errorf("go list %s: %w", schemaPackage, err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		return "", err
	}
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && name.Name == "schema" && lit.Kind == token.STRING {
					return strconv.Unquote(lit.Value)
				}
			}
		}
	}
	return "", fmt.Errorf("%s declares no string constant schema", file)
}

// Validate returns an error listing how log violates the schema, or nil.
func Validate(log []byte) error {
	schema, err := Schema()
	if err != nil {
		return err
	}
	if !strings.Contains(schema, `"Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"`) {
		return fmt.Errorf("the schema found is not SARIF 2.1.0's")
	}
	res, err := gojsonschema.Validate(gojsonschema.NewStringLoader(schema), gojsonschema.NewBytesLoader(log))
	if err != nil {
		return err
	}
	if !res.Valid() {
		var msgs []string
		for _, e := range res.Errors() {
			msgs = append(msgs, e.String())
		}
		return fmt.Errorf("the log does not validate against the SARIF 2.1.0 schema:\n%s", strings.Join(msgs, "\n"))
	}
	return nil
}

// Defaults lists the properties of log that say nothing: negative
// numbers (the -1 sentinels of "unknown"), empty arrays other than a
// run's results (where empty means "nothing found"), and empty objects.
func Defaults(log []byte) []string {
	var v any
	if err := json.Unmarshal(log, &v); err != nil {
		return []string{err.Error()}
	}
	var found []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case float64:
			if v < 0 {
				found = append(found, fmt.Sprintf("%s = %v", path, v))
			}
		case []any:
			if len(v) == 0 && !strings.HasSuffix(path, ".results") {
				found = append(found, path+" is an empty array")
			}
			for i, e := range v {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case map[string]any:
			if len(v) == 0 {
				found = append(found, path+" is an empty object")
			}
			for k, e := range v {
				walk(path+"."+k, e)
			}
		}
	}
	walk("$", v)
	return found
}
