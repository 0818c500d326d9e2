// Command echo serves an echo router on Lambda through
// aws-lambda-go-api-proxy.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	echoadapter "github.com/awslabs/aws-lambda-go-api-proxy/echo"
	"github.com/labstack/echo/v4"
)

func health(c echo.Context) error { return c.String(200, "ok") } // want `fc\[/health\]`

func main() { // want `coldstart`
	e := echo.New()
	e.GET("/health", health) // want `entry http "/health" via route of lambda.Start \(AWS Lambda\)`
	lambda.Start(echoadapter.New(e).ProxyWithContext)
}
