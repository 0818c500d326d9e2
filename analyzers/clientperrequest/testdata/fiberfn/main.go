// Command fiberfn serves a fiber app on Lambda through fiberadapter: its
// route handlers run per request.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	fiberadapter "github.com/awslabs/aws-lambda-go-api-proxy/fiber"
	"github.com/gofiber/fiber/v2"
)

var cfg, _ = config.LoadDefaultConfig(context.Background())

func upload(c *fiber.Ctx) error {
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig creates`
	return nil
}

func unserved(c *fiber.Ctx) error {
	_ = s3.NewFromConfig(cfg) // ok: on an app no adapter serves
	return nil
}

func main() {
	app := fiber.New()
	app.Post("/upload", upload)
	fiber.New().Get("/unserved", unserved)
	lambda.Start(fiberadapter.New(app).ProxyWithContext)
}
