package knowledge

// A WriterUse describes a function that is given an http.ResponseWriter
// (or an io.Writer holding one) without writing the response itself.
type WriterUse struct {
	// Derives reports whether the result wraps the writer: an encoder,
	// a buffered or compressing writer, a ResponseController. Calling a
	// method of the result then writes the response (see NonWriting).
	Derives bool
}

// WriterUses maps the Key of each function that takes the response
// writer without responding. Any other function given the writer is
// taken to respond: the known responders (http.Error, fmt.Fprintf,
// io.Copy, (*template.Template).Execute, (http.Handler).ServeHTTP, ...)
// and every function fnlint cannot see into.
var WriterUses = map[string]WriterUse{
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

// NonWriting lists the methods of a response writer, or of a value
// derived from it, that do not write the response.
var NonWriting = map[string]bool{
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

// Responds maps the Key of each function that writes the response
// through the writer given as its first argument, and each method of
// http.ResponseWriter that writes it through its receiver, whenever it
// is called: after one of them a second response only appends to the
// first (net/http logs "superfluous response.WriteHeader call"). A
// Write of nothing writes the header all the same; fmt.Fprint* and
// io.WriteString call Write once whatever they print (net/http's
// documentation of ResponseWriter.Write and the fmt and io sources).
var Responds = map[string]bool{
	"net/http.Error":                      true,
	"net/http.NotFound":                   true,
	"net/http.Redirect":                   true,
	"net/http.ResponseWriter.Write":       true,
	"net/http.ResponseWriter.WriteHeader": true,
	"fmt.Fprint":                          true,
	"fmt.Fprintf":                         true,
	"fmt.Fprintln":                        true,
	"io.WriteString":                      true,
}
