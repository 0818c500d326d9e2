// Command fiber serves a fiber app on Lambda through
// aws-lambda-go-api-proxy's fiberadapter: its routes, in groups too,
// and the handlers of their chains are HTTP entry points on Lambda.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	fiberadapter "github.com/awslabs/aws-lambda-go-api-proxy/fiber"
	"github.com/gofiber/fiber/v2"
)

func health(c *fiber.Ctx) error { return c.SendString("ok") } // want `fc\[/health\]`
func auth(c *fiber.Ctx) error   { return c.Next() }           // want `fc\[/api/users\]`
func users(c *fiber.Ctx) error  { return nil }                // want `fc\[/api/users\]`
func logged(c *fiber.Ctx) error { return c.Next() }           // want `fc\[logged\]`
func unused(c *fiber.Ctx) error { return nil }                // ok: on an app no adapter serves

func main() { // want `coldstart`
	app := fiber.New()
	app.Use(logged)            // want `entry http "logged" via middleware of lambda.Start \(AWS Lambda\)`
	app.Get("/health", health) // want `entry http "/health" via route of lambda.Start \(AWS Lambda\)`
	api := app.Group("/api")
	api.Get("/users", auth, users) // want `entry http "/api/users" via route of lambda.Start \(AWS Lambda\)` `entry http "/api/users" via route of lambda.Start \(AWS Lambda\)`
	other := fiber.New()
	other.Get("/unused", unused)
	adapter := fiberadapter.New(app)
	lambda.Start(adapter.ProxyWithContext)
}
