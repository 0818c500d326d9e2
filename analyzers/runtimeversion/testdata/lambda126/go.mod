module example.com/lambda26

go 1.26

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/awslabs/aws-lambda-go-api-proxy v0.16.2
	github.com/gin-gonic/gin v1.9.1
	github.com/go-chi/chi/v5 v5.0.12
	github.com/gorilla/mux v1.8.1
	github.com/labstack/echo/v4 v4.10.2
)

replace (
	github.com/aws/aws-lambda-go => ../../../../testdata/stubs/aws-lambda-go
	github.com/awslabs/aws-lambda-go-api-proxy => ../../../../testdata/stubs/api-proxy
	github.com/gin-gonic/gin => ../../../../testdata/stubs/gin
	github.com/go-chi/chi/v5 => ../../../../testdata/stubs/chi
	github.com/gorilla/mux => ../../../../testdata/stubs/gorillamux
	github.com/labstack/echo/v4 => ../../../../testdata/stubs/echo
)
