package deploy

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// fuzzKinds are the file names the fuzz target gives its input, one per
// parser.
var fuzzKinds = []string{"template.yaml", "stack.json", "serverless.yml", "main.tf", "deploy.sh", "Makefile", "cloudbuild.yaml", ".github/workflows/ci.yml"}

// FuzzParsers checks that no input makes a parser panic or return a
// position outside its file. Its seeds are the testdata files; run it
// with go test -run=^$ -fuzz=FuzzParsers ./internal/deploy.
func FuzzParsers(f *testing.F) {
	seeds := map[string]int{
		"testdata/sam/template.yaml":                         0,
		"testdata/cfn/stack.json":                            1,
		"testdata/serverless/serverless.yml":                 2,
		"testdata/terraform/aws/main.tf":                     3,
		"testdata/terraform/gcp/main.tf":                     3,
		"testdata/scripts/deploy.sh":                         4,
		"testdata/make/Makefile":                             5,
		"testdata/cloudbuild/cloudbuild.yaml":                6,
		"testdata/workflow/.github/workflows/deploy.yml":     7,
		"testdata/workflow/.github/workflows/action.yml":     7,
		"testdata/malformed/template.yaml":                   0,
		"testdata/malformed/wf/.github/workflows/deploy.yml": 7,
	}
	for file, kind := range seeds {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, uint8(kind))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := filepath.Join(dir, filepath.FromSlash(fuzzKinds[int(kind)%len(fuzzKinds)]))
		src := newSrcFile(name, data)
		format, _ := kindOf(name)
		var r result
		switch format {
		case FormatCloudFormation:
			r = parseCloudFormation(src, false)
		case FormatServerless:
			r = parseServerless(src)
		case FormatTerraform:
			r = parseTerraform([]*srcFile{src})
		default:
			r = parseCommands(src, format, dir)
		}
		var check func(v reflect.Value)
		check = func(v reflect.Value) {
			switch v.Kind() {
			case reflect.Pointer:
				if !v.IsNil() {
					check(v.Elem())
				}
			case reflect.Slice:
				for i := 0; i < v.Len(); i++ {
					check(v.Index(i))
				}
			case reflect.Struct:
				if p, ok := v.Interface().(Pos); ok {
					if p.File == name && p.IsValid() && (p.Offset < 0 || p.Offset > len(data) || p.Line > len(src.lines)) {
						t.Errorf("position %+v outside the file (%d bytes, %d lines)", p, len(data), len(src.lines))
					}
					return
				}
				for i := 0; i < v.NumField(); i++ {
					if v.Type().Field(i).IsExported() {
						check(v.Field(i))
					}
				}
			}
		}
		check(reflect.ValueOf(r.functions))
		check(reflect.ValueOf(r.mappings))
		check(reflect.ValueOf(r.errors))
		check(reflect.ValueOf(r.builds))
	})
}
