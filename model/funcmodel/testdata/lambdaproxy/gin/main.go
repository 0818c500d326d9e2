// Command gin serves a gin engine on Lambda through
// aws-lambda-go-api-proxy.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"
)

func ping(c *gin.Context) { c.String(200, "pong") } // want `fc\[/ping\]`

var engine = gin.New()

func init() {
	engine.GET("/ping", ping) // want `entry http "/ping" via route of lambda.StartWithOptions \(AWS Lambda\)`
}

func main() { // want `coldstart`
	lambda.StartWithOptions(ginadapter.New(engine).ProxyWithContext)
}
