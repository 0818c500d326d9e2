// Command lambdastart starts its handlers through start wrappers: a
// third-party one (golambda.Start) and the module's own (core.Start).
package main

import (
	"context"

	"github.com/m-mizutani/golambda"

	"example.com/root/lambdastart/core"
)

func handle(event golambda.Event) (interface{}, error) { return nil, nil } // want `fc\[handle\]`

func own(ctx context.Context, in string) (string, error) { return in, nil } // want `fc\[own\]`

func main() { // want `coldstart`
	if len(name) > 0 {
		core.Start(own) // want `entry lambda "own" via core.Start \(AWS Lambda\)`
	}
	golambda.Start(handle) // want `entry lambda "handle" via golambda.Start \(AWS Lambda\)`
}

var name = "x"
