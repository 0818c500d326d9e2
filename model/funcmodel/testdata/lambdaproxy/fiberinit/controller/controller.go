// Package controller holds the route handlers.
package controller

import "github.com/gofiber/fiber/v2"

// GetUser serves a user.
func GetUser(c *fiber.Ctx) error { return nil } // ok: judged in this package where the driver names it (Config.Registered)
