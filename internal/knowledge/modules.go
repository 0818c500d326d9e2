package knowledge

import "strings"

// describedModules lists, by module path, the modules whose APIs the
// tables describe: the modules of the packages that the tables' entries
// name and that the entry-point signatures use. Their code is known from
// the tables, not derived (see funcmodel's Model.Summarized), and they
// are never the user's code. A test checks that every package a table
// names lies in one of them or in the standard library. The Cloud
// client libraries and the AWS SDK for Go v2 are described as families
// (cloudClients, awsV2), whose constructors IsClientConstructor knows by
// name.
var describedModules = []string{
	"firebase.google.com/go",
	"firebase.google.com/go/v4",
	"github.com/GoogleCloudPlatform/functions-framework-go",
	"github.com/aws/aws-lambda-go",
	"github.com/aws/aws-sdk-go",
	"github.com/awslabs/aws-lambda-go-api-proxy",
	"github.com/cloudevents/sdk-go/v2",
	"github.com/gin-gonic/gin",
	"github.com/go-chi/chi",
	"github.com/go-chi/chi/v5",
	"github.com/gofiber/fiber/v2",
	"github.com/go-redis/redis/v8",
	"github.com/golang/glog",
	"github.com/gomodule/redigo",
	"github.com/gorilla/mux",
	"github.com/jackc/pgx/v5",
	"github.com/jmoiron/sqlx",
	"github.com/julienschmidt/httprouter",
	"github.com/klauspost/compress",
	"github.com/labstack/echo/v4",
	"github.com/redis/go-redis/v9",
	"github.com/rs/zerolog",
	"github.com/sirupsen/logrus",
	"go.mongodb.org/mongo-driver",
	"go.mongodb.org/mongo-driver/v2",
	"go.uber.org/zap",
	"golang.org/x/sync",
	"google.golang.org/grpc",
	"k8s.io/klog",
	"k8s.io/klog/v2",
}

// DescribesModule reports whether the tables describe the module with
// this path (see describedModules), or, given a package path, the
// module holding it: whether path is a described module, lies under
// one, or is a Cloud client library or a module of the AWS SDK for Go
// v2. It errs towards describing: a module nested under a described one
// counts.
func DescribesModule(path string) bool {
	if path == "" {
		return false
	}
	if strings.HasPrefix(path+"/", cloudClients) || strings.HasPrefix(path+"/", awsV2) {
		return true
	}
	for _, m := range describedModules {
		if path == m || strings.HasPrefix(path, m+"/") {
			return true
		}
	}
	return false
}
