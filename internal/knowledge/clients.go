package knowledge

import (
	"go/types"
	"strings"
)

// clientConstructors maps the Key of each function that creates an object
// meant to live for the instance: a client holding connections.
var clientConstructors = map[string]bool{
	"firebase.google.com/go.NewApp":           true,
	"firebase.google.com/go/v4.NewApp":        true,
	"firebase.google.com/go.App.Firestore":    true,
	"firebase.google.com/go.App.Auth":         true,
	"firebase.google.com/go.App.Database":     true,
	"firebase.google.com/go.App.Messaging":    true,
	"firebase.google.com/go.App.Storage":      true,
	"firebase.google.com/go/v4.App.Firestore": true,
	"firebase.google.com/go/v4.App.Auth":      true,
	"firebase.google.com/go/v4.App.Database":  true,
	"firebase.google.com/go/v4.App.Messaging": true,
	"firebase.google.com/go/v4.App.Storage":   true,

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
}

// cloudClients is the path prefix of the Cloud client libraries.
const cloudClients = "cloud.google.com/go/"

// IsClientConstructor reports whether fn creates a client meant to live
// for the instance: a Cloud client library constructor (a function
// New...Client of a package under cloud.google.com/go/), or one of the
// known constructors of Firebase, gRPC, SQL, Redis and MongoDB clients.
func IsClientConstructor(fn *types.Func) bool {
	key := Key(fn)
	if clientConstructors[key] {
		return true
	}
	if fn.Signature().Recv() != nil || fn.Pkg() == nil {
		return false
	}
	path, name := fn.Pkg().Path(), fn.Name()
	return strings.HasPrefix(path, cloudClients) &&
		strings.HasPrefix(name, "New") && strings.HasSuffix(name, "Client")
}
