package knowledge

import (
	"go/types"
	"strings"
)

// clientConstructors maps the Key of each function that creates an object
// meant to live for the instance: a client holding connections.
var clientConstructors = map[string]bool{
	"firebase.google.com/go.NewApp":              true,
	"firebase.google.com/go/v4.NewApp":           true,
	"(*firebase.google.com/go.App).Firestore":    true,
	"(*firebase.google.com/go.App).Auth":         true,
	"(*firebase.google.com/go.App).Database":     true,
	"(*firebase.google.com/go.App).Messaging":    true,
	"(*firebase.google.com/go.App).Storage":      true,
	"(*firebase.google.com/go/v4.App).Firestore": true,
	"(*firebase.google.com/go/v4.App).Auth":      true,
	"(*firebase.google.com/go/v4.App).Database":  true,
	"(*firebase.google.com/go/v4.App).Messaging": true,
	"(*firebase.google.com/go/v4.App).Storage":   true,

	"google.golang.org/grpc.Dial":        true,
	"google.golang.org/grpc.DialContext": true,
	"google.golang.org/grpc.NewClient":   true,

	"database/sql.Open":                             true,
	"github.com/jmoiron/sqlx.Open":                  true,
	"github.com/jmoiron/sqlx.Connect":               true,
	"github.com/jackc/pgx/v5.Connect":               true,
	"github.com/jackc/pgx/v5/pgxpool.New":           true,
	"github.com/jackc/pgx/v5/pgxpool.NewWithConfig": true,

	"github.com/redis/go-redis/v9.NewClient":         true,
	"github.com/redis/go-redis/v9.NewClusterClient":  true,
	"github.com/redis/go-redis/v9.NewFailoverClient": true,
	"github.com/go-redis/redis/v8.NewClient":         true,
	"github.com/go-redis/redis/v8.NewClusterClient":  true,
	"github.com/gomodule/redigo/redis.Dial":          true,

	"go.mongodb.org/mongo-driver/mongo.Connect":    true,
	"go.mongodb.org/mongo-driver/v2/mongo.Connect": true,

	// The AWS SDK for Go, v1 and v2. AWS's Lambda best practices ("Best
	// practices for working with AWS Lambda functions": initialize SDK
	// clients and database connections outside of the function handler)
	// and the SDKs' own docs: a v1 session (session.NewSession, New,
	// NewSessionWithOptions) and a v2 aws.Config (config.LoadDefaultConfig,
	// and the preview's external.LoadDefaultAWSConfig)
	// read the environment and the shared config and credentials files
	// and resolve credentials; the service clients are derived below.
	awsV1 + "aws/session.NewSession":            true,
	awsV1 + "aws/session.NewSessionWithOptions": true,
	awsV1 + "aws/session.New":                   true,
	awsV2 + "config.LoadDefaultConfig":          true,
	// The preview v2 SDK (v0.x, before config replaced it), whose
	// aws/external.LoadDefaultAWSConfig doc says it reads the default
	// external configurations: environment variables and the shared
	// configuration and credentials files.
	awsV2 + "aws/external.LoadDefaultAWSConfig": true,
}

// cloudClients is the path prefix of the Cloud client libraries.
const cloudClients = "cloud.google.com/go/"

// configLoaders maps the Key of each constructor that does more than
// create a client to what it does, for messages.
var configLoaders = map[string]string{
	awsV1 + "aws/session.NewSession":            "creates an AWS session, reading the environment and the shared config files,",
	awsV1 + "aws/session.NewSessionWithOptions": "creates an AWS session, reading the environment and the shared config files,",
	awsV1 + "aws/session.New":                   "creates an AWS session, reading the environment and the shared config files,",
	awsV2 + "config.LoadDefaultConfig":          "loads the AWS configuration, reading the environment and the shared config files,",
	awsV2 + "aws/external.LoadDefaultAWSConfig": "loads the AWS configuration, reading the environment and the shared config files,",
}

// contextDuringCall holds the Keys of the client constructors that use
// their context only while they run, and keep none in what they build:
// the AWS SDK for Go v2's configuration loader reads the environment,
// the shared files and (for the region) the instance metadata with it,
// and the aws.Config it returns holds no context: every operation of a
// client built from it takes its own, and credentials are retrieved
// with the operation's (aws.CredentialsCache.Retrieve(ctx)).
var contextDuringCall = map[string]bool{
	awsV2 + "config.LoadDefaultConfig": true,
}

// ContextOnlyDuringCall reports whether fn, a client constructor, uses
// its context only while it runs (see contextDuringCall): what it
// builds does not fail when that context ends.
func ContextOnlyDuringCall(fn *types.Func) bool { return has(contextDuringCall, fn) }

// ClientAction says what a call of fn, a client constructor, does, as a
// verb phrase for messages: "creates a client", or for the AWS SDK's
// session and configuration loaders what they read.
func ClientAction(fn *types.Func) string {
	if s, ok := lookup(configLoaders, fn); ok {
		return s
	}
	return "creates a client"
}

const (
	awsV1 = "github.com/aws/aws-sdk-go/"
	awsV2 = "github.com/aws/aws-sdk-go-v2/"
)

// clientPassThrough maps the Key of each function that returns the client
// it is given (session.Must(session.NewSession()) panics on the error and
// returns the session): the call it wraps is the constructor, and where
// the wrapper's result is stored decides whether the client is cached.
var clientPassThrough = map[string]bool{
	awsV1 + "aws/session.Must": true,
}

// IsClientPassThrough reports whether fn returns, as it is, the client
// that its first argument creates.
func IsClientPassThrough(fn *types.Func) bool { return has(clientPassThrough, fn) }

// IsClientConstructor reports whether fn creates a client meant to live
// for the instance: a Cloud client library constructor (a function
// New...Client of a package under cloud.google.com/go/), an AWS SDK
// service client constructor (New in a package under the v1 SDK's
// service/, New or NewFromConfig in one under the v2 SDK's service/,
// returning a pointer to a type of that package), or one of the known
// constructors of AWS sessions and configurations, Firebase, gRPC, SQL,
// Redis and MongoDB clients.
func IsClientConstructor(fn *types.Func) bool {
	if has(clientConstructors, fn) {
		return true
	}
	if fn.Signature().Recv() != nil || fn.Pkg() == nil {
		return false
	}
	path, name := fn.Pkg().Path(), fn.Name()
	switch {
	case strings.HasPrefix(path, cloudClients):
		return strings.HasPrefix(name, "New") && strings.HasSuffix(name, "Client")
	case strings.HasPrefix(path, awsV1+"service/"):
		return name == "New" && returnsOwnType(fn)
	case strings.HasPrefix(path, awsV2+"service/"):
		return (name == "New" || name == "NewFromConfig") && returnsOwnType(fn)
	}
	return false
}

// returnsOwnType reports whether fn's first result is a pointer to a
// named type of fn's own package: the service client (*s3.S3,
// *s3.Client), not an option or a helper value.
func returnsOwnType(fn *types.Func) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	p, ok := types.Unalias(res.At(0).Type()).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() == fn.Pkg()
}
