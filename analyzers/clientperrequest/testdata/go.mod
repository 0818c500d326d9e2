module example.com/cpr

go 1.24

require (
	github.com/awslabs/aws-lambda-go-api-proxy v0.16.2
	github.com/epsagon/epsagon-go v1.39.0
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/gorilla/mux v1.8.1
	github.com/iopipe/iopipe-go v1.2.0
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda v0.49.0
	github.com/pkg/sftp v1.13.12
	github.com/jlaffaye/ftp v0.2.4
	github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1
	golang.org/x/crypto v0.41.0
	github.com/m-mizutani/golambda v1.1.3
	github.com/coder/websocket v1.8.12
	github.com/rabbitmq/amqp091-go v1.10.0
	golang.org/x/oauth2 v0.30.0
	google.golang.org/api v0.244.0
	cloud.google.com/go/pubsub v1.0.0
	cloud.google.com/go/pubsub/v2 v2.0.0
	cloud.google.com/go/storage v1.40.0
	firebase.google.com/go/v4 v4.14.0
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/aws/aws-lambda-go v1.47.0
	github.com/aws/aws-sdk-go v1.55.5
	github.com/aws/aws-sdk-go-v2 v1.36.3
	github.com/cloudevents/sdk-go/v2 v2.15.2
	github.com/golang/glog v1.2.0
	github.com/redis/go-redis/v9 v9.5.0
	github.com/rs/zerolog v1.33.0
	github.com/sirupsen/logrus v1.9.3
	github.com/unrolled/render v1.7.0
	go.uber.org/zap v1.27.0
	golang.org/x/sync v0.8.0
	google.golang.org/grpc v1.64.0
	k8s.io/klog/v2 v2.130.1
)

replace (
	github.com/awslabs/aws-lambda-go-api-proxy => ../../../testdata/stubs/api-proxy
	github.com/epsagon/epsagon-go => ../../../testdata/stubs/modcache/github.com/epsagon/epsagon-go@v1.39.0
	github.com/gin-gonic/gin => ../../../testdata/stubs/gin
	github.com/go-chi/chi/v5 => ../../../testdata/stubs/chi
	github.com/gofiber/fiber/v2 => ../../../testdata/stubs/modcache/github.com/gofiber/fiber/v2@v2.52.5
	github.com/gorilla/mux => ../../../testdata/stubs/gorillamux
	github.com/iopipe/iopipe-go => ../../../testdata/stubs/modcache/github.com/iopipe/iopipe-go@v1.2.0
	github.com/labstack/echo/v4 => ../../../testdata/stubs/echo
	go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda => ../../../testdata/stubs/modcache/go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-lambda-go/otellambda@v0.49.0
	github.com/pkg/sftp => ../../../testdata/stubs/modcache/github.com/pkg/sftp@v1.13.12
	github.com/jlaffaye/ftp => ../../../testdata/stubs/modcache/github.com/jlaffaye/ftp@v0.2.4
	github.com/go-telegram-bot-api/telegram-bot-api/v5 => ../../../testdata/stubs/modcache/github.com/go-telegram-bot-api/telegram-bot-api/v5@v5.5.1
	golang.org/x/crypto => ../../../testdata/stubs/modcache/golang.org/x/crypto@v0.41.0
	github.com/m-mizutani/golambda => ../../../testdata/stubs/modcache/github.com/m-mizutani/golambda@v1.1.3
	github.com/coder/websocket => ../../../testdata/stubs/modcache/github.com/coder/websocket@v1.8.12
	github.com/rabbitmq/amqp091-go => ../../../testdata/stubs/modcache/github.com/rabbitmq/amqp091-go@v1.10.0
	golang.org/x/oauth2 => ../../../testdata/stubs/modcache/golang.org/x/oauth2@v0.30.0
	google.golang.org/api => ../../../testdata/stubs/modcache/google.golang.org/api@v0.244.0
	cloud.google.com/go/pubsub => ../../../testdata/stubs/pubsub
	cloud.google.com/go/pubsub/v2 => ../../../testdata/stubs/pubsubv2
	cloud.google.com/go/storage => ../../../testdata/stubs/storage
	firebase.google.com/go/v4 => ../../../testdata/stubs/firebase
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/aws/aws-sdk-go => ../../../testdata/stubs/aws-sdk-go
	github.com/aws/aws-sdk-go-v2 => ../../../testdata/stubs/aws-sdk-go-v2
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
	github.com/golang/glog => ../../../testdata/stubs/glog
	github.com/redis/go-redis/v9 => ../../../testdata/stubs/goredis
	github.com/rs/zerolog => ../../../testdata/stubs/zerolog
	github.com/sirupsen/logrus => ../../../testdata/stubs/logrus
	github.com/unrolled/render => ../../../testdata/stubs/modcache/github.com/unrolled/render@v1.7.0
	go.uber.org/zap => ../../../testdata/stubs/zap
	golang.org/x/sync => ../../../testdata/stubs/xsync
	google.golang.org/grpc => ../../../testdata/stubs/grpc
	k8s.io/klog/v2 => ../../../testdata/stubs/klog
)
