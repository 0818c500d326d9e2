// Package wholeobject defines an Analyzer that reports whole storage
// objects read into memory by function code.
//
// # Analyzer wholeobject
//
// wholeobject: report whole storage objects read into memory
//
// The platforms' rule (docs/platform.md, "Filesystem and memory" and
// "Still more rules that code can show"): memory is the instance's
// limit, and on Cloud Run functions the filesystem is memory too; read
// large objects as streams, not with io.ReadAll. A Cloud Run functions
// instance serves concurrent requests, each holding its own object; a
// Lambda execution environment has the memory the function is
// configured with. An object larger than what is left ends the
// instance or the invocation with an out-of-memory error, and an object
// that grows with use (an export, a log, an upload) gets there one day.
//
// wholeobject reports, in code that an entry point (see the funcmodel
// analyzer) runs on every invocation, io.ReadAll, ioutil.ReadAll and
// (*bytes.Buffer).ReadFrom given the reader of a whole object: a
// *storage.Reader (cloud.google.com/go/storage, from
// ObjectHandle.NewReader), or the Body of an S3 GetObjectOutput (AWS
// SDK for Go v1 and v2); also through local variables given one
// value, and through functions of the module that read the whole
// stream given to them ("calls readBody, which reads the whole S3
// object given to it into memory with io.ReadAll"), with the read as
// the related position. Reads at cold start and in once-only
// initializers happen once per instance and are not reported.
//
// wholeobject is off by default: it reports only with
// -wholeobject.enable (or enable = true under [options.wholeobject]
// in fnlint.toml). In real function code most objects read whole are
// small (a JSON configuration, a template, a document handed whole to
// an API that takes bytes), and the finding is right only where the
// object can grow; turn it on where objects are large or unbounded.
// There is no suggested fix: how to stream depends on what consumes
// the bytes.
//
// Bad:
//
//	func handler(ctx context.Context, e events.S3Event) error {
//		out, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: b, Key: k})
//		...
//		data, err := io.ReadAll(out.Body)
//		var rows []Row
//		return json.Unmarshal(data, &rows)
//	}
//
// Good:
//
//	func handler(ctx context.Context, e events.S3Event) error {
//		out, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: b, Key: k})
//		...
//		defer out.Body.Close()
//		dec := json.NewDecoder(out.Body)
//		...
//	}
//
// To silence a deliberate case (an object known to be small), use
// //fnlint:ignore wholeobject with the reason, or read it through
// io.LimitReader, which says so in the code.
//
// Known blind spots: readers reached through struct fields, package
// variables or interfaces other than the ones named above (a
// *storage.Reader stored in a field, a reader wrapped in bufio.Reader
// or gzip.Reader before the read), objects downloaded whole in other
// ways (s3manager's Downloader into a WriteAtBuffer, a file read back
// with os.ReadFile), and reads in code that no entry point reaches.
package wholeobject
