// Command local runs the functions on a local server.
package main

import (
	"log"

	"github.com/GoogleCloudPlatform/functions-framework-go/funcframework"

	_ "example.com/osx/httpfn"
)

func main() {
	if err := funcframework.Start("8080"); err != nil {
		log.Fatalf("funcframework.Start: %v", err) // ok: local server main
	}
}
