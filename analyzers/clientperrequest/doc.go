// Package clientperrequest defines an Analyzer that reports clients and
// connections created on every invocation of a serverless function.
//
// # Analyzer clientperrequest
//
// clientperrequest: report clients created on every invocation
//
// The platform's rule (docs/platform.md, "Global scope: cache, but lazily
// where not every path needs it"): cache network connections, library
// references and API client objects in global scope, so that later
// invocations on the same instance reuse them. A client created inside
// the function on every call costs its set-up time (authentication,
// connection, TLS handshake) on every request, and leaks connections when
// it is not closed.
// AWS gives Lambda the same rule (docs/platform.md, "AWS Lambda";
// AWS's Lambda best practices): initialize SDK clients and database
// connections outside the function handler, so that later invocations
// on the same execution environment reuse them.
//
// clientperrequest reports, in function code that runs on every
// invocation (see the funcmodel analyzer), calls of Cloud client library
// constructors (New...Client functions of the packages under
// cloud.google.com/go/), firebase.NewApp and the Firestore, Auth,
// Database, Messaging and Storage clients of a Firebase app, grpc.Dial,
// grpc.DialContext and grpc.NewClient, sql.Open (and sqlx, pgx), Redis
// and MongoDB clients, the AWS SDK for Go's sessions (v1:
// session.NewSession, session.New, NewSessionWithOptions, also inside
// session.Must) and configurations (v2: config.LoadDefaultConfig, and
// the preview SDK's external.LoadDefaultAWSConfig, which read the
// environment and the shared config files) and its service
// clients (v1: s3.New(sess) and the New of every package under
// service/; v2: s3.NewFromConfig(cfg), s3.New(opts) and the same of
// every service), and new http.Transport values; calls of functions of
// other packages of the module that create them ("calls db.Open, which
// calls sql.Open"); and calls of the constructors of third-party
// modules that no table lists, known from their code: a function of
// such a module is a client constructor when it opens connections (it
// dials, directly or through a dialer chosen at run time, creates or
// clones an http.Transport, calls a known constructor, reads files or
// the network, as finding credentials does, sends a request through an
// interface with the Do method of an *http.Client, or calls a method
// that can fail on a connection it is given) and returns a value that
// holds them wherever they end up in it: an *http.Client, an
// http.RoundTripper, a net.Conn, an io.ReadWriteCloser, a *sql.DB or a
// gRPC connection, an interface with an *http.Client's Do method, or a
// struct that holds one in a field, in a struct it holds by value, in
// an interface field that a type of the interface's own package holding
// one fills, or as a stream it reads and writes through embedded
// interfaces: gmail.NewService and every other service constructor of
// google.golang.org/api, idtoken.NewClient, google.DefaultClient,
// amqp.Dial, ssh.Dial (its net.Conn behind the Client's Conn
// interface), sftp.NewClient (a session opened on the *ssh.Client it is
// given), ftp.Dial, tgbotapi.NewBotAPI (an *http.Client behind its
// HTTPClient interface, and a getMe request at construction). A method
// of a value that holds connections is not a constructor: what it
// opens is what its protocol needs per operation (an FTP transfer's
// data connection, an SSH session).
//
// Not reported: code that runs once per instance (cold-start code, and
// function code reached only through sync.Once.Do, sync.OnceFunc,
// sync.OnceValue or sync.OnceValues); a constructor whose result is
// stored into a package-level variable, straight or through a local
// variable that the same function then assigns to it (c, err :=
// NewClient(ctx); if err != nil {...}; client = c: a lazily filled cache;
// so too a configuration loaded only to build a client that goes there,
// through as many locals as it takes: cfg, err := LoadDefaultConfig(...);
// c = s3.NewFromConfig(cfg); clients[region] = c, a per-region cache;
// the globalmutation analyzer judges its synchronization), unless the
// function also closes it (defer client.Close(): a client per invocation
// all the same, and reported); a constructor after a statement that
// returns when a package-level flag is true, in a function that sets
// the flag (if fetched { return } ... fetched = true: a hand-made
// once-only initialization, retried until it succeeds); a
// third-party constructor given the client to use
// (option.WithHTTPClient, option.WithGRPCConn of google.golang.org/api);
// an http.Client without a Transport, which reuses
// http.DefaultTransport; and an http.Transport given to an http.Client
// literal whose Transport the very next statement replaces
// (el.client.Transport = wrapped), which never carries a request.
//
// Bad:
//
//	func Upload(w http.ResponseWriter, r *http.Request) {
//		client, err := storage.NewClient(r.Context())
//		...
//	}
//
// Good:
//
//	var storageClient = sync.OnceValues(func() (*storage.Client, error) {
//		return storage.NewClient(context.Background())
//	})
//
//	func Upload(w http.ResponseWriter, r *http.Request) {
//		client, err := storageClient()
//		...
//	}
//
// A finding lies where the fix goes, in the function's code: the call
// that creates the client, or the call of the helper (of another
// package of the module, or of a dependency) that does. Under fnlint's
// command (and -sarif), which first finds the functions of other
// packages among those it analyzes that entry points reach, a helper of
// the module is judged in its own package: each
// client it creates is reported there, at its constructor's call, with
// the call that reaches it from the entry point's package (naming the
// entry point) as related position, and the calls of the helper are
// not reported. Otherwise its Related positions are the other ends of
// the chain: the helper's declaration, and the entry point that runs
// the call on every invocation. A helper
// of another package of the module is found wherever it is: an
// exported function or method, or an exported function variable (var
// NewS3 = func(...) {...}); one whose client is created in a
// sync.OnceValue(s) initializer (var Shared = sync.OnceValues(...), or
// a function returning its result) is once per instance, not reported.
//
// To silence a deliberate case (a client bound to per-request
// credentials), create it in a helper outside function code or accept
// the finding.
//
// Known blind spots: constructors called through interfaces or function
// values; a third-party constructor that opens connections only later,
// on first use, or keeps them behind an interface field other than
// those named above; a third-party constructor that is given its client
// through options built elsewhere (opts...) is reported, since the
// derivation follows every path of the constructor; and a chain
// through a helper of another package that loads an AWS configuration
// is worded as creating a client; under go vet, golangci-lint and the
// language server (one directory at a time), a helper of another
// package called from several entry points is reported at each call,
// not once at the helper; an exported function variable of a dependency's module (not
// the function's own) is not followed; the Related position of a
// helper is its declaration, not the line inside it that creates the
// client; a hand-made once-only initialization is seen only as a
// statement if flag { return } of the function's own body before the
// constructor (not a negated or compound condition, nor a check in the
// caller), and a function that sets such a flag only on a rare path
// still counts as running once.
package clientperrequest
