module github.com/awslabs/aws-lambda-go-api-proxy

go 1.22

require (
	github.com/aws/aws-lambda-go v1.47.0
	github.com/gin-gonic/gin v1.9.1
	github.com/go-chi/chi/v5 v5.0.12
	github.com/gofiber/fiber/v2 v2.52.5
	github.com/gorilla/mux v1.8.1
	github.com/labstack/echo/v4 v4.10.2
)

replace (
	github.com/aws/aws-lambda-go => ../aws-lambda-go
	github.com/gin-gonic/gin => ../gin
	github.com/go-chi/chi/v5 => ../chi
	github.com/gofiber/fiber/v2 => ../modcache/github.com/gofiber/fiber/v2@v2.52.5
	github.com/gorilla/mux => ../gorillamux
	github.com/labstack/echo/v4 => ../echo
)
