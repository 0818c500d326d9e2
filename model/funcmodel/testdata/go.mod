module example.com/root

go 1.24

require (
	github.com/m-mizutani/golambda v1.1.3
	github.com/DataDog/datadog-lambda-go v1.23.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/aws/aws-lambda-go v1.47.0
	github.com/awslabs/aws-lambda-go-api-proxy v0.16.2
	github.com/cloudevents/sdk-go/v2 v2.15.2
	github.com/gin-gonic/gin v1.9.1
	github.com/go-chi/chi/v5 v5.0.12
	github.com/gorilla/mux v1.8.1
	github.com/labstack/echo/v4 v4.10.2
	github.com/epsagon/epsagon-go v1.39.0
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/iopipe/iopipe-go v1.2.0
	github.com/lumigo-io/lumigo-go-tracer v0.3.0
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda v0.49.0
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.49.0
)

replace (
	github.com/epsagon/epsagon-go => ../../../testdata/stubs/modcache/github.com/epsagon/epsagon-go@v1.39.0
	github.com/gofiber/fiber/v2 => ../../../testdata/stubs/modcache/github.com/gofiber/fiber/v2@v2.52.5
	github.com/iopipe/iopipe-go => ../../../testdata/stubs/modcache/github.com/iopipe/iopipe-go@v1.2.0
	github.com/lumigo-io/lumigo-go-tracer => ../../../testdata/stubs/modcache/github.com/lumigo-io/lumigo-go-tracer@v0.3.0
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda => ../../../testdata/stubs/modcache/go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda@v0.49.0
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp => ../../../testdata/stubs/modcache/go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp@v0.49.0
	github.com/m-mizutani/golambda => ../../../testdata/stubs/modcache/github.com/m-mizutani/golambda@v1.1.3
	github.com/DataDog/datadog-lambda-go => ../../../testdata/stubs/modcache/github.com/!data!dog/datadog-lambda-go@v1.23.0
	cloud.google.com/go/pubsub => ../../../testdata/stubs/pubsub
	cloud.google.com/go/pubsub/v2 => ../../../testdata/stubs/pubsubv2
	cloud.google.com/go/storage => ../../../testdata/stubs/storage
	firebase.google.com/go/v4 => ../../../testdata/stubs/firebase
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/awslabs/aws-lambda-go-api-proxy => ../../../testdata/stubs/api-proxy
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
	github.com/gin-gonic/gin => ../../../testdata/stubs/gin
	github.com/go-chi/chi/v5 => ../../../testdata/stubs/chi
	github.com/golang/glog => ../../../testdata/stubs/glog
	github.com/gorilla/mux => ../../../testdata/stubs/gorillamux
	github.com/labstack/echo/v4 => ../../../testdata/stubs/echo
	github.com/redis/go-redis/v9 => ../../../testdata/stubs/goredis
	github.com/rs/zerolog => ../../../testdata/stubs/zerolog
	github.com/sirupsen/logrus => ../../../testdata/stubs/logrus
	github.com/unrolled/render => ../../../testdata/stubs/modcache/github.com/unrolled/render@v1.7.0
	go.uber.org/zap => ../../../testdata/stubs/zap
	golang.org/x/sync => ../../../testdata/stubs/xsync
	google.golang.org/grpc => ../../../testdata/stubs/grpc
	k8s.io/klog/v2 => ../../../testdata/stubs/klog
)
