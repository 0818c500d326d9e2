// Command lambdaexit has code after lambda.Start, which never returns:
// the graph of main marks it unreachable (checked by TestUnreachable's
// probe, not by the flowgraph facts).
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context) error { return nil }

func main() {
	defer log.Print("never printed") // the deferred call never runs: main never returns
	lambda.Start(handler)
	log.Print("cleanup") // want "unreachable"
}
