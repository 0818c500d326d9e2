package fixes

import (
	"strings"
	"testing"
)

func TestFormatChanged(t *testing.T) {
	for _, tc := range []struct {
		name, src, fixed, want string
	}{
		{
			name:  "clean file: the shortened line's comment is realigned",
			src:   "package x\n\nfunc f() {\n\tlog.Fatalf(\"long %d\", 1) // a\n\tx := 1                   // b\n}\n",
			fixed: "package x\n\nfunc f() {\n\treturn // a\n\tx := 1                   // b\n}\n",
			want:  "package x\n\nfunc f() {\n\treturn // a\n\tx := 1 // b\n}\n",
		},
		{
			name:  "unformatted code elsewhere stays as it is",
			src:   "package x\n\nfunc g() { a:=1; _ = a }\n\nfunc f() {\n\tlog.Fatalf(\"long %d\", 1) // a\n\tx := 1                   // b\n}\n",
			fixed: "package x\n\nfunc g() { a:=1; _ = a }\n\nfunc f() {\n\treturn // a\n\tx := 1                   // b\n}\n",
			want:  "package x\n\nfunc g() { a:=1; _ = a }\n\nfunc f() {\n\treturn // a\n\tx := 1 // b\n}\n",
		},
		{
			name:  "a changed declaration that was unformatted keeps its layout",
			src:   "package x\n\nfunc f() {\n\tlog.Fatal(1); y:=2 // a\n\tx := 1      // b\n}\n",
			fixed: "package x\n\nfunc f() {\n\treturn; y:=2 // a\n\tx := 1      // b\n}\n",
			want:  "package x\n\nfunc f() {\n\treturn; y:=2 // a\n\tx := 1      // b\n}\n",
		},
		{
			name:  "CRLF line endings are kept",
			src:   "package x\r\n\r\nfunc f() {\r\n\tlog.Fatalf(\"long %d\", 1) // a\r\n\tx := 1                   // b\r\n}\r\n",
			fixed: "package x\r\n\r\nfunc f() {\r\n\treturn // a\r\n\tx := 1                   // b\r\n}\r\n",
			want:  "package x\r\n\r\nfunc f() {\r\n\treturn // a\r\n\tx := 1 // b\r\n}\r\n",
		},
		{
			name:  "a new import declaration is formatted",
			src:   "package x\n\nfunc g() { a:=1; _ = a }\n",
			fixed: "package x\n\nimport (\n\"net/http\"\n)\n\nfunc g() { a:=1; _ = a }\n",
			want:  "package x\n\nimport (\n\t\"net/http\"\n)\n\nfunc g() { a:=1; _ = a }\n",
		},
		{
			name:  "a //line directive does not move the layout",
			src:   "package x\n\nfunc f() {\n//line x.tmpl:100\n\tlog.Fatalf(\"long %d\", 1) // a\n\tx := 1                   // b\n}\n",
			fixed: "package x\n\nfunc f() {\n//line x.tmpl:100\n\treturn // a\n\tx := 1                   // b\n}\n",
			want:  "package x\n\nfunc f() {\n//line x.tmpl:100\n\treturn // a\n\tx := 1 // b\n}\n",
		},
		{
			name:  "a result that does not parse is returned as it is",
			src:   "package x\n\nfunc f() { a:=1 }\n",
			fixed: "package x\n\nfunc f() { a:=\n",
			want:  "package x\n\nfunc f() { a:=\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(FormatChanged([]byte(tc.src), []byte(tc.fixed))); got != tc.want {
				t.Errorf("FormatChanged gives\n%s\nwant\n%s", strings.ReplaceAll(got, "\r", `\r`), strings.ReplaceAll(tc.want, "\r", `\r`))
			}
		})
	}
}
