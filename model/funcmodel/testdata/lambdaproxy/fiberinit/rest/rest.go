// Package rest builds the app: its routes are served by whoever serves
// the app it returns.
package rest

import (
	"github.com/gofiber/fiber/v2"

	"example.com/root/lambdaproxy/fiberinit/controller"
)

// Create returns the app with its routes.
func Create() *fiber.App {
	app := fiber.New()
	app.Get("/user", controller.GetUser)
	return app
}
