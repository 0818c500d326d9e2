package knowledge

import "go/types"

// A WriterUse describes a function that is given an http.ResponseWriter
// (or an io.Writer holding one) without writing the response itself.
type WriterUse struct {
	// Derives reports whether the result wraps the writer: an encoder,
	// a buffered or compressing writer, a ResponseController. Calling a
	// method of the result then writes the response (see IsNonWriting).
	Derives bool
}

// writerUses maps the Key of each function that takes the response
// writer without responding. Any other function given the writer is
// taken to respond: the known responders (http.Error, fmt.Fprintf,
// io.Copy, (*template.Template).Execute, (http.Handler).ServeHTTP, ...)
// and every function fnlint cannot see into.
var writerUses = map[string]WriterUse{
	"net/http.SetCookie":                           {},
	"net/http.MaxBytesReader":                      {},
	"net/http.NewResponseController":               {Derives: true},
	"encoding/json.NewEncoder":                     {Derives: true},
	"encoding/xml.NewEncoder":                      {Derives: true},
	"encoding/gob.NewEncoder":                      {Derives: true},
	"encoding/csv.NewWriter":                       {Derives: true},
	"bufio.NewWriter":                              {Derives: true},
	"bufio.NewWriterSize":                          {Derives: true},
	"compress/gzip.NewWriter":                      {Derives: true},
	"compress/gzip.NewWriterLevel":                 {Derives: true},
	"compress/flate.NewWriter":                     {Derives: true},
	"io.MultiWriter":                               {Derives: true},
	"mime/multipart.NewWriter":                     {Derives: true},
	"github.com/klauspost/compress/gzip.NewWriter": {Derives: true},
}

// nonWriting lists the methods of a response writer, or of a value
// derived from it, that do not write the response.
var nonWriting = map[string]bool{
	"Header":              true,
	"SetIndent":           true,
	"SetEscapeHTML":       true,
	"SetReadDeadline":     true,
	"SetWriteDeadline":    true,
	"EnableFullDuplex":    true,
	"Boundary":            true,
	"FormDataContentType": true,
	"SetBoundary":         true,
}

// responders maps the Key of each function that writes the response
// through the writer given as its first argument, and each method of
// http.ResponseWriter that writes it through its receiver, whenever it
// is called: after one of them a second response only appends to the
// first (net/http logs "superfluous response.WriteHeader call"). A
// Write of nothing writes the header all the same; fmt.Fprint* and
// io.WriteString call Write once whatever they print (net/http's
// documentation of ResponseWriter.Write and the fmt and io sources).
var responders = map[string]bool{
	"net/http.Error":                        true,
	"net/http.NotFound":                     true,
	"net/http.Redirect":                     true,
	"(net/http.ResponseWriter).Write":       true,
	"(net/http.ResponseWriter).WriteHeader": true,
	"fmt.Fprint":                            true,
	"fmt.Fprintf":                           true,
	"fmt.Fprintln":                          true,
	"io.WriteString":                        true,
}

// WriterUseOf returns, when fn takes the response writer without
// responding (http.SetCookie, json.NewEncoder), what it does with it.
func WriterUseOf(fn *types.Func) (WriterUse, bool) { return lookup(writerUses, fn) }

// IsNonWriting reports whether the method of this name, of a response
// writer or a value derived from it, does not write the response.
func IsNonWriting(name string) bool { return nonWriting[name] }

// WritesResponse reports whether fn writes the response whenever it is
// called: through the writer given as its first argument (http.Error,
// fmt.Fprintf), or, a method of http.ResponseWriter, through its
// receiver.
func WritesResponse(fn *types.Func) bool { return has(responders, fn) }
