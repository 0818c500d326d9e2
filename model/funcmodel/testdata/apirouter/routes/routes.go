// Package routes serves the router of package api as a Cloud Run
// function, directly from the call that builds it.
package routes

import (
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	"example.com/root/apirouter/api"
)

func init() {
	functions.HTTP("API", api.NewRouter().ServeHTTP) // want `entry http "API /api/users" via route of API \(Cloud Run functions\)` `entry http "API /api/health" via route of API \(Cloud Run functions\)`
}
